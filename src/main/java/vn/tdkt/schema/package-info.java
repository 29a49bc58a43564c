/**
 * The database's schema and upkeep: what the Java schema migrations share (the migrations themselves live with the
 * capability whose tables they change, SQL ones in {@code db/migration}), and the planner statistics the application
 * keeps when PostgreSQL's autovacuum is off. It uses only the kernel's {@code engine} (one node of a cluster at a time).
 */
package vn.tdkt.schema;
