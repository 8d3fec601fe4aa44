import pytest

from cm_helpers import procedure


@pytest.fixture
def make(tmp_path):
    """make(name, text) -> a parsed procedure Document written under tmp_path."""
    return lambda name, text: procedure(tmp_path, name, text)
