import path from 'node:path';
import type { NextConfig } from 'next';

/**
 * On every response, the dashboard's pages and its /graphql route alike. The Content-Security-Policy
 * carries a per-request nonce, so src/proxy.ts sets it; HSTS too, only when served over HTTPS.
 */
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];

const nextConfig: NextConfig = {
  // The Docker image (web/Dockerfile) runs Next's self-contained server; `npm start` uses `next start`.
  output: process.env.ANJU_WEB_STANDALONE === '1' ? 'standalone' : undefined,
  // npm workspaces hoist dependencies to the repository root; trace files from there.
  outputFileTracingRoot: path.join(__dirname, '..'),
  // Two builds side by side (e.g. two developers' browser tests on one machine) need their own directory.
  distDir: process.env.ANJU_WEB_DIST_DIR ?? '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  headers: async () => [{ source: '/:path*', headers: SECURITY_HEADERS }],
};

export default nextConfig;
