"""``python -m cardentry``: the same as the ``cardentry`` command."""

from cardentry.entry import main

if __name__ == "__main__":
    main()
