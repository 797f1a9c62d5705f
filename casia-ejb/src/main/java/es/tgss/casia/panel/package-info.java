/**
 * The back-office's Panel (issue 10): open cases by unidad and subestado and by age, the cases due for cierre de
 * oficio in the next 7 days, and the valoraciones by materia and unidad. {@link es.tgss.casia.panel.PanelService}
 * answers with read models (records) built in SQL from partial indexes (V14__panel.sql, docs/rendimiento-panel.md),
 * so the panel costs the same on a handful of cases as on millions.
 */
package es.tgss.casia.panel;
