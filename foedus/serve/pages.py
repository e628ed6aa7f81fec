"""The web workbench pages and the API documentation, all from local files (no CDN)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).parent / "static"
PAGES = {"/": "analyse.html", "/events": "events.html", "/relations": "relations.html", "/alliances": "alliances.html"}

router = APIRouter(include_in_schema=False)


def _page(name: str):
    async def page() -> FileResponse:
        return FileResponse(STATIC / name, media_type="text/html")

    return page


for _path, _name in PAGES.items():
    router.add_api_route(_path, _page(_name), methods=["GET"], response_class=FileResponse)


@router.get("/docs", response_class=HTMLResponse)
async def docs() -> HTMLResponse:
    """Swagger UI served from the swagger-ui-bundle package's files."""
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="foedus API",
        swagger_js_url="/docs/assets/swagger-ui-bundle.js",
        swagger_css_url="/docs/assets/swagger-ui.css",
        swagger_favicon_url="/static/favicon.svg",
        swagger_ui_parameters={"validatorUrl": None, "tryItOutEnabled": True},
    )


def swagger_assets() -> Path:
    """The folder of the Swagger UI release that swagger-ui-bundle ships."""
    import swagger_ui_bundle

    root = Path(swagger_ui_bundle.__file__).parent / "vendor"
    found = sorted(root.glob("swagger-ui-*"))
    if not found:
        raise RuntimeError(f"swagger-ui-bundle is installed without its assets ({root})")
    return found[-1]


def mount(app: FastAPI) -> None:
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/docs/assets", StaticFiles(directory=swagger_assets()), name="swagger")
