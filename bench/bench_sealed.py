"""Sealed bundles: the cost of sealing and opening a full card beside export and verify alone.

The full card of ``bench_bundles.py`` (12 indicators x 20 evidence items, 2,000-character
texts). Measured in the same run: a plain export and a sealed export (store to file, as
``cardentry export`` does), HPKE sealing and opening alone (X-Wing, HKDF-SHA256,
ChaCha20-Poly1305, ``cryptography``), ``verify_bundle`` alone and open + verify (what the
import does per sealed file before checks 7-11); the sizes of the plain and the sealed file
(and gzipped, as a mail client might not, since the sealed file is random); unlocking the
sealing key with the shipped KDF (once per import).

``python bench/bench_sealed.py`` (or ``python bench/run.py sealed``).
"""

from __future__ import annotations

import gzip
import importlib.util
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cardentry.bundleformat import sealed
from cardentry.bundleformat.networkkey import make_network_key
from cardentry.bundleformat.verify import verify_bundle
from cardentry.partner.export import export_card
from cardentry.storage import keys, network_keys
from cardentry.storage.profile import init_profile

ROUNDS = 20
PASSPHRASE = "benchmark passphrase"


def _bundles_bench():
    path = Path(__file__).resolve().parent / "bench_bundles.py"
    spec = importlib.util.spec_from_file_location("bench_bundles", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def _median_ms(action: Callable[[], object], rounds: int = ROUNDS) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1e3


def main(rounds: int = ROUNDS) -> dict[str, float]:
    bundles = _bundles_bench()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        with init_profile(base / "sec", role="secretariat", organisation="Secretariat"):
            pass
        start = time.perf_counter()
        network_keys.init_network(base / "sec", PASSPHRASE, organisation={"name": "Secretariat"})
        init_ms = (time.perf_counter() - start) * 1e3
        start = time.perf_counter()
        keyring = network_keys.unlock_keyring(base / "sec", PASSPHRASE)
        unlock_ms = (time.perf_counter() - start) * 1e3
        network = network_keys.load_network_keys(base / "sec")
        signing = network.signing.unlock(PASSPHRASE)
        key = make_network_key(
            organisation={"name": "Secretariat", "email": None},
            created_at=network.sealing.created_at,
            signing_key=signing,
            sealing_public_key=network.sealing.public_key,
        )
        with init_profile(
            base / "p", role="partner", organisation="ECPAT International", passphrase=PASSPHRASE
        ) as store:
            network_keys.accept_network_key(store, key)
            assessment_id = store.new_assessment("THA", "2012")
            store.apply_answers(assessment_id, bundles.full_card_answers())
            private_key = keys.load_profile_key(base / "p").unlock(PASSPHRASE)
            out = base / "out"
            plain_samples: list[float] = []
            sealed_samples: list[float] = []
            for _ in range(rounds):  # alternated: the store and its export backup grow alike for both
                for samples, seal in ((plain_samples, False), (sealed_samples, True)):
                    start = time.perf_counter()
                    export_card(store, assessment_id, private_key, out, sealed=seal)
                    samples.append(time.perf_counter() - start)
            plain_ms = statistics.median(plain_samples) * 1e3
            sealed_ms = statistics.median(sealed_samples) * 1e3
            result = export_card(store, assessment_id, private_key, out)
            sealed_file = result.path.read_bytes()
            content = result.content

    public = key.sealing_public_key
    seal_ms = _median_ms(lambda: sealed.seal_bundle(content, public), rounds)
    open_ms = _median_ms(lambda: sealed.unseal(sealed_file, keyring), rounds)
    verify_ms = _median_ms(lambda: verify_bundle(content), rounds)
    open_verify_ms = _median_ms(lambda: verify_bundle(sealed.unseal(sealed_file, keyring).bundle), rounds)
    assert verify_bundle(sealed.unseal(sealed_file, keyring).bundle).ok

    figures = {
        "network_init_ms": init_ms,
        "unlock_keyring_ms": unlock_ms,
        "export_plain_ms": plain_ms,
        "export_sealed_ms": sealed_ms,
        "seal_ms": seal_ms,
        "open_ms": open_ms,
        "verify_ms": verify_ms,
        "open_and_verify_ms": open_verify_ms,
        "plain_kb": len(content) / 1024,
        "sealed_kb": len(sealed_file) / 1024,
        "plain_gzip_kb": len(gzip.compress(content, 9)) / 1024,
        "sealed_gzip_kb": len(gzip.compress(sealed_file, 9)) / 1024,
    }
    overhead = figures["sealed_kb"] / figures["plain_kb"] - 1
    print(
        f"sealed: full card, 12 indicators x {bundles.EVIDENCE} evidence items, "
        f"{bundles.NARRATIVE:,}-character texts; medians of {rounds} runs"
    )
    print(f"  network init (2 keys, KDF {keys.default_kdf()['name']})  {init_ms:.0f} ms")
    print(f"  unlock the sealing keys (once per import)        {unlock_ms:.0f} ms")
    print(f"  export plain                 {plain_ms:.1f} ms")
    print(f"  export sealed                {sealed_ms:.1f} ms   (+{sealed_ms - plain_ms:.1f} ms)")
    print(f"  seal alone (HPKE X-Wing)     {seal_ms:.2f} ms")
    print(f"  verify alone (checks 1-6)    {verify_ms:.1f} ms")
    print(f"  open alone (S1-S3)           {open_ms:.2f} ms")
    print(f"  open + verify                {open_verify_ms:.1f} ms   (+{open_verify_ms - verify_ms:.1f} ms)")
    print(
        f"  size plain {figures['plain_kb']:.0f} KB, sealed {figures['sealed_kb']:.0f} KB "
        f"(+{overhead:.0%}: base64 of the ciphertext, 1,120-byte encapsulation, 16-byte tag); "
        f"gzip {figures['plain_gzip_kb']:.0f} KB vs {figures['sealed_gzip_kb']:.0f} KB"
    )
    return figures


if __name__ == "__main__":
    main()
