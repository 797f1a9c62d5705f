/** What happens once when CASIA starts: settings checked, database reached, schema migrated, demo data loaded. */
package es.tgss.casia.arranque;
