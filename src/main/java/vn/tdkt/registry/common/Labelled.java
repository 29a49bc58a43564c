package vn.tdkt.registry.common;

/** A code list value with the Vietnamese label people read. */
public interface Labelled {

    String label();
}
