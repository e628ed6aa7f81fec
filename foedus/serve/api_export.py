"""placeholder until the store lands."""

from fastapi import APIRouter

router = APIRouter(prefix="/api")
