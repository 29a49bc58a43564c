/**
 * The law by date: the legal parameters of a day ({@code legal-parameters.dmn}) and the day each rule judges by
 * ({@link vn.tdkt.rules.RuleDates}). Depends only on the engine (docs/adr/0001-rules-by-date.md).
 */
package vn.tdkt.rules;
