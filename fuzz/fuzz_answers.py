"""atheris fuzz target: the answers-file reader of ``assessment fill``, on arbitrary bytes.

Run by hand (not part of the test suite; atheris is not a project dependency):

    .venv/bin/pip install atheris
    .venv/bin/python fuzz/fuzz_answers.py -max_total_time=300 fuzz/corpus-answers

Any exception is a bug (``parse_answers`` reports every problem as a ``Problem``, never
raises), and so is an input that takes long: libFuzzer's ``-timeout`` (default 1200 s;
pass e.g. ``-timeout=2``) stops on one and prints it, which is how a quadratic check
shows up. Accepted answers must pass the card's rules again (a round trip through the
model gives the same answers).
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from cardentry.base.validation import Problem
    from cardentry.bundleformat.models import Answers
    from cardentry.partner.answers import parse_answers


def test_one_input(data: bytes) -> None:
    answers, problems = parse_answers(data)
    assert (answers is None) == bool(problems), (answers, problems)
    assert all(isinstance(problem, Problem) and problem.message for problem in problems)
    if answers is not None:
        again = Answers.model_validate(answers.model_dump())
        assert again == answers


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
