/**
 * Helpers that reach into the process engine's internals on the application's behalf; a leaf package (it depends on
 * no feature package), so every feature may use it without tying the features together.
 */
package vn.tdkt.engine;
