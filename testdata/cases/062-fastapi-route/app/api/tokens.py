from fastapi import APIRouter, Form
from pydantic import BaseModel

from app.store import token_store

router = APIRouter(prefix="/token", tags=["tokens"])


class TokenReply(BaseModel):
    token: str
    expires_at: int


@router.post("/apply", response_model=TokenReply)
async def apply_token(subject: str = Form(...), scope: str = Form("read")):
    token, expires_at = await token_store.issue(subject, scope)
    return TokenReply(token=token, expires_at=expires_at)


@router.post("/query")
async def query_token(token: str = Form(...)):
    return {"valid": await token_store.is_valid(token)}
