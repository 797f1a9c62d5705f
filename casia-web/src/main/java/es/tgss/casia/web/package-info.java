/**
 * The web front ends: the autorizado portal ({@code portal}), the tramitador back-office ({@code backoffice}),
 * operations ({@code ops}) and the public pages (login, errors). Backing beans are named after their page and
 * hold no business rule: they call the services of casia-ejb.
 */
package es.tgss.casia.web;
