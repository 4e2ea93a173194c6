import pytest


@pytest.fixture
def app():
    # imported here: the library's tests (the engines', the command line's) run where
    # only `pip install '.[dask,spark]'` is, without the server extra's Flask
    from app import create_app
    # A small body limit keeps the 413 test cheap; the default is 1 MiB.
    return create_app({"TESTING": True, "MAX_CONTENT_LENGTH": 4096})


@pytest.fixture
def client(app):
    return app.test_client()
