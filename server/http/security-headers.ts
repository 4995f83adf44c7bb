// Security headers for the API and the built front end. The CSP lets the app run its own scripts,
// WebGL (sigma), blob: workers (layout) and data:/blob: images (exports), and nothing from elsewhere.
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

export async function installSecurityHeaders(app: FastifyInstance) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        workerSrc: ["'self'", "blob:"],
        childSrc: ["'self'", "blob:"],
        imgSrc: ["'self'", "data:", "blob:"],
        // React and sigma set inline style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The server often runs on plain http on a laptop or LAN; upgrading requests would break it.
    strictTransportSecurity: false,
  });
}
