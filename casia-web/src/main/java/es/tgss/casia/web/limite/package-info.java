/** Counting wrong tries per key (account, client address) and locking the key for a while: logins, CEA checks. */
package es.tgss.casia.web.limite;
