import pytest

from app import create_app


@pytest.fixture
def app():
    # A small body limit keeps the 413 test cheap; the default is 1 MiB.
    return create_app({"TESTING": True, "MAX_CONTENT_LENGTH": 4096})


@pytest.fixture
def client(app):
    return app.test_client()
