const logger = require('../logger');

const AUDITED_PATHS = new Set(['/token/apply', '/token/revoke']);

function auditLog(req, res, next) {
  if (!AUDITED_PATHS.has(req.path)) {
    return next();
  }
  const started = Date.now();
  res.on('finish', () => {
    logger.info(`POST ${req.path} for MQTT client ${req.body && req.body.clientId} -> ${res.statusCode}`, {
      durationMs: Date.now() - started,
      ip: req.ip,
    });
  });
  return next();
}

module.exports = auditLog;
