"""The installed distribution: one namespace, migrations and data inside it."""
import json
from importlib.metadata import Distribution
from importlib.resources import files
from pathlib import Path

import pytest
import sco_etl


def distribution() -> Distribution:
    """The installed distribution beside the imported package (not a build's egg-info in the cwd)."""
    site = Path(sco_etl.__file__).resolve().parents[1]
    if (site / "pyproject.toml").is_file():
        pytest.skip("sco_etl is imported from a source tree (editable install); CI checks a regular install")
    found = list(Distribution.discover(name="sco-etl", path=[str(site)]))
    if not found:
        pytest.skip(f"no installed sco-etl metadata next to {site} (editable install)")
    return found[0]


def _is_editable() -> bool:
    direct_url = distribution().read_text("direct_url.json")
    return bool(direct_url and json.loads(direct_url).get("dir_info", {}).get("editable"))


def test_only_the_sco_etl_namespace_is_installed():
    if _is_editable():
        pytest.skip("an editable install maps the source folders; CI checks a regular install")
    paths = distribution().files or []
    top_level = {path.parts[0] for path in paths if not path.parts[0].startswith("..")}
    assert {part for part in top_level if not part.endswith(".dist-info")} == {"sco_etl"}


def test_package_data_ships():
    assert files("sco_etl.migrations").joinpath("env.py").is_file()
    assert files("sco_etl.migrations").joinpath("script.py.mako").is_file()
    assert files("sco_etl.rules").joinpath("states.csv").is_file()
    assert files("sco_etl.schema.views").joinpath("v_articles.sql.j2").is_file()
    assert files("sco_etl").joinpath("sql", "eval_articles.sql.j2").is_file()
    assert files("sco_etl.reports").joinpath("templates", "_article.html.j2").is_file()
    assert files("sco_etl.serve").joinpath("templates", "sco_article.html").is_file()
