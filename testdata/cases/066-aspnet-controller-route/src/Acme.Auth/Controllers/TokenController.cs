using Microsoft.AspNetCore.Mvc;

namespace Acme.Auth.Controllers
{
    [ApiController]
    [Route("token")]
    public class TokenController : ControllerBase
    {
        private readonly ITokenIssuer _issuer;

        public TokenController(ITokenIssuer issuer)
        {
            _issuer = issuer;
        }

        [HttpPost("apply")]
        public IActionResult Apply([FromForm] string resources, [FromForm] string actions)
        {
            return Ok(new { token = _issuer.Issue(resources, actions) });
        }

        [HttpPost("revoke")]
        public IActionResult Revoke([FromForm] string token)
        {
            _issuer.Revoke(token);
            return NoContent();
        }
    }
}
