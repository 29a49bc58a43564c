/**
 * What the schema migrations share; the migrations themselves live with the capability whose tables they change (SQL
 * ones in {@code db/migration}). A leaf package: it depends on no feature package.
 */
package vn.tdkt.schema;
