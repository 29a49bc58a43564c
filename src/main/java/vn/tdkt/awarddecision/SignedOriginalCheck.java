package vn.tdkt.awarddecision;

/**
 * Checks the content of a signed original before it is stored and says how many pages it has; refuses (400, in
 * Vietnamese) what it does not accept. The built check, {@link ScannedOriginalCheck}, takes a scan of the paper
 * original: a PDF that opens. Where the province signs decisions digitally (ký số), this is the extension point: a
 * check that verifies the PDF's signature against the province's certificate authority, selected with
 * {@code tdkt.decision.signed-original.digital-signature: REQUIRED}. It is not built: with that setting the
 * application refuses to start rather than pretend to verify a signature.
 */
public interface SignedOriginalCheck {

    /** The number of pages of the accepted PDF. */
    int pageCount(String fileName, byte[] pdf);
}
