const express = require('express');
const { issueToken, revokeToken } = require('./tokenStore');

const router = express.Router();

router.post('/token/apply', express.urlencoded({ extended: false }), async (req, res) => {
  const { resources, actions } = req.body;
  const token = await issueToken(resources, actions);
  res.json({ success: true, code: 200, tokenData: token });
});

router.post('/token/revoke', express.urlencoded({ extended: false }), async (req, res) => {
  await revokeToken(req.body.token);
  res.json({ success: true, code: 200 });
});

module.exports = router;
