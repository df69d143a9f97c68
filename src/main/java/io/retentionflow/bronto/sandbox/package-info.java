/**
 * The Bronto sandbox: Bronto's SOAP API v4, as {@code shared/bronto-api.md} describes it, on the product's own database.
 *
 * <p>The stores read rows into records with {@code JdbcClient.query(Class)}, and name each column as the record
 * component it fills ({@code c.msg_pref as msgPref}). The mapper asks the driver for the component's own name first
 * and only then for the snake_case one; every miss is an exception in the driver, one for each row and column, and H2
 * writes each to its trace file. A page of 500 contacts took half a second that way.
 */
package io.retentionflow.bronto.sandbox;
