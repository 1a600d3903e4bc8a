from flask import Blueprint, jsonify, request

from authserver.tokens import issue_token, revoke_token

bp = Blueprint("tokens", __name__)


@bp.route("/token/apply", methods=["POST"])
def apply():
    resources = request.form["resources"]
    actions = request.form.get("actions", "R")
    token = issue_token(resources, actions)
    return jsonify(success=True, code=200, tokenData=token)


@bp.route("/token/revoke", methods=["POST"])
def revoke():
    revoke_token(request.form["token"])
    return jsonify(success=True, code=200)
