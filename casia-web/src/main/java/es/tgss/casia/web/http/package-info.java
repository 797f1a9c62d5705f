/**
 * The HTTP edge every response passes: security headers and one Content-Security-Policy, the methods a page
 * answers, redirects that never repeat the request's Host header, the session cookie's attributes, and what an
 * expired session or a forged form state gets.
 */
package es.tgss.casia.web.http;
