"""The secretariat's dashboard states, key organisations, held keys and the rankings appendix."""

from __future__ import annotations

import pytest

from bundle_factory import Partner, import_data, secretariat, trust
from cardentry.secretariat.actions import trust_key
from cardentry.secretariat.dashboard import (
    STATES,
    country_states,
    held_key,
    known_cycles,
    last_import,
    organisations_of_keys,
    ranking_columns,
    state_counts,
)
from cardentry.secretariat.merge import resolve
from cardentry.secretariat.reports.figures import rankings
from cardentry.storage.store import NotFound


def by_country(rows):
    return {row.country: row for row in rows}


def test_each_state_of_a_country(tmp_path):
    with secretariat(tmp_path / "sec") as store:
        a, b, thai, stranger = (
            Partner.new("STOP"),
            Partner.new("Sanlaap"),
            Partner.new("ECPAT"),
            Partner.new("New"),
        )
        trust(store, a, "IND")
        trust(store, b, "IND")
        trust(store, thai, "THA,KHM")
        assert import_data(store, a.bundle(country="IND", ratings={"helpline": "green"})).status == "imported"
        assert import_data(store, b.bundle(country="IND", ratings={"helpline": "red"})).status == "imported"
        assert import_data(store, thai.bundle(country="THA")).status == "imported"
        assert import_data(store, stranger.bundle(country="NPL")).status == "pending_trust"
        rows = by_country(country_states(store, "2012"))
        assert set(rows) == {"IND", "THA", "KHM", "NPL"}
        assert rows["IND"].state == "conflicts"
        assert rows["IND"].open_conflicts == ("indicator:helpline",)
        assert set(rows["IND"].partners) == {"STOP", "Sanlaap"}
        assert rows["THA"].state == "resolved" and rows["THA"].revisions == 1
        assert rows["KHM"].state == "no_card" and rows["KHM"].last_import is None
        assert rows["NPL"].state == "pending_trust" and rows["NPL"].pending == 1
        assert rows["NPL"].pending_organisations == ("New",)
        assert rows["THA"].last_import is not None and rows["THA"].name == "Thailand"
        assert state_counts(rows.values()) == {
            "no_card": 1,
            "pending_trust": 1,
            "conflicts": 1,
            "resolved": 1,
        }
        assert list(state_counts([])) == list(STATES)

        resolve(store, "IND", "2012", indicator="helpline", rating="yellow", reason="site visit")
        assert by_country(country_states(store, "2012"))["IND"].state == "resolved"
        assert known_cycles(store) == ["2012"]
        assert last_import(store) is not None


def test_a_country_with_a_card_in_another_cycle_is_expected(tmp_path):
    with secretariat(tmp_path / "sec") as store:
        network = Partner.new("Network")
        trust(store, network, None)  # any country: no expectation by itself
        import_data(store, network.bundle(country="DNK", cycle="2009"))
        import_data(store, network.bundle(country="SWE", cycle="2012"))
        assert known_cycles(store) == ["2012", "2009"]
        rows = by_country(country_states(store, "2012"))
        assert rows["DNK"].state == "no_card" and rows["SWE"].state == "resolved"
        assert [row.name for row in country_states(store, "2012")] == ["Denmark", "Sweden"]


def test_held_key_is_the_key_that_signed_and_trusting_it_imports_the_bundles(tmp_path):
    with secretariat(tmp_path / "sec") as store:
        partner = Partner.new("Sanlaap")
        import_data(store, partner.bundle(country="IND"))
        key = held_key(store, partner.key_id)
        assert key.public_key == partner.public_key and key.organisation["name"] == "Sanlaap"
        result = trust_key(store, key, "IND")
        assert [r.status for r in result.released] == ["imported"]
        assert by_country(country_states(store, "2012"))["IND"].state == "resolved"
        with pytest.raises(NotFound):
            held_key(store, partner.key_id)


def test_organisations_of_keys(tmp_path):
    with secretariat(tmp_path / "sec") as store:
        trusted, held = Partner.new("Trusted org"), Partner.new("Held org")
        trust(store, trusted, "THA")
        import_data(store, held.bundle(country="THA"))
        found = organisations_of_keys(store, [trusted.key_id, held.key_id, None, "0" * 16])
        assert found == {trusted.key_id: "Trusted org", held.key_id: "Held org"}
        assert organisations_of_keys(store, []) == {}


def test_ranking_columns_like_the_appendix(tmp_path):
    with secretariat(tmp_path / "sec") as store:
        network, other = Partner.new("Network"), Partner.new("Other")
        trust(store, network, None)
        trust(store, other, "IND")
        import_data(store, network.bundle(country="MYS", ranking="slow_progress"))
        import_data(store, network.bundle(country="TUR", ranking="slow_progress"))
        import_data(store, network.bundle(country="DNK", ranking="notable_efforts"))
        import_data(store, network.bundle(country="GBR", ranking=None))
        import_data(store, network.bundle(country="IND", ranking="some_progress"))
        import_data(store, other.bundle(country="IND", ranking="limited_measures"))
        import_data(store, network.bundle(country="FRA", cycle="2009", ranking="some_progress"))
        columns = ranking_columns(rankings(store), "2012")
        assert columns == {
            "slow_progress": ["Malaysia", "Turkey"],
            "limited_measures": [],
            "some_progress": [],
            "notable_efforts": ["Denmark"],
            "not_ranked": ["UK"],
            "unresolved": ["India"],
        }
        assert ranking_columns(rankings(store), "2009")["some_progress"] == ["France"]


def test_new_key_files_among_dropped_files_and_folders(tmp_path):
    from cardentry.secretariat.dashboard import new_key_files

    with secretariat(tmp_path / "sec") as store:
        known, new, twice = Partner.new("Known"), Partner.new("New"), Partner.new("Twice")
        trust(store, known, "THA")
        inbox = tmp_path / "inbox"
        (inbox / "sub").mkdir(parents=True)
        known.write_key_file(inbox)
        new_file = new.write_key_file(inbox / "sub")
        twice_file = twice.write_key_file(inbox)
        (inbox / "copy-of.cpckey.json").write_bytes(twice_file.read_bytes())
        (inbox / "broken.cpckey.json").write_bytes(b"{")
        (inbox / "THA.cpc.json").write_bytes(known.bundle())
        found = new_key_files(store, [inbox])
        from cardentry.secretariat.trust import read_public_key_file

        assert {read_public_key_file(p).key_id for p in found} == {new.key_id, twice.key_id}
        assert len(found) == 2
        assert new_key_files(store, [new_file, inbox / "THA.cpc.json"]) == [new_file]
        assert new_key_files(store, []) == []
