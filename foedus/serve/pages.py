"""The web workbench pages and the API documentation, all from local files (no CDN)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).parent / "static"
# path -> (page name = its script and main-content file, title in the nav)
PAGES = {"/": ("analyse", "Analyse"), "/events": ("events", "Events"), "/relations": ("relations", "Relations"),
         "/alliances": ("alliances", "Alliances")}  # fmt: skip

router = APIRouter(include_in_schema=False)


def render_page(path: str) -> str:
    """One workbench page: the shared shell (head, nav) around the page's own main content."""
    name, title = PAGES[path]
    current = ' aria-current="page"'
    nav = "".join(f'<a href="{p}"{current if p == path else ""}>{t}</a>' for p, (_n, t) in PAGES.items())
    shell = (STATIC / "shell.html").read_text(encoding="utf-8")
    main = (STATIC / f"{name}.main.html").read_text(encoding="utf-8")
    return shell.format(title=title, script=name, nav=nav, main=main.rstrip())


def _page(path: str):
    html = render_page(path)  # pages are static: render once at start-up

    async def page() -> HTMLResponse:
        return HTMLResponse(html)

    return page


for _path in PAGES:
    router.add_api_route(_path, _page(_path), methods=["GET"], response_class=HTMLResponse)


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
