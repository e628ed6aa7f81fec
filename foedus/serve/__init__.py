"""Serve: a REST API and a web workbench over the pipeline and the store."""

from foedus.serve.app import create_app
from foedus.serve.settings import ServeSettings

__all__ = ["ServeSettings", "create_app"]
