package vn.tdkt.awarddecision;

import com.lowagie.text.pdf.PdfReader;
import org.springframework.stereotype.Component;
import vn.tdkt.refusal.Refusal;

/**
 * The signed original as the office keeps it today: a scan of the paper decision, signed and stamped by hand. The file
 * must be a PDF that opens, not protected by a password, with at least one page; its signature is on paper and is not
 * checked here. {@code tdkt.decision.signed-original.digital-signature: REQUIRED} (verifying a digital signature) is
 * not built: the application refuses to start with it (see {@link SignedOriginalCheck}).
 */
@Component
public class ScannedOriginalCheck implements SignedOriginalCheck {

    public ScannedOriginalCheck(DecisionProperties properties) {
        if (properties.signedOriginal().digitalSignature() != DecisionProperties.DigitalSignature.NONE) {
            throw new IllegalStateException("tdkt.decision.signed-original.digital-signature="
                    + properties.signedOriginal().digitalSignature() + " is not built: verifying the province's digital"
                    + " signature needs a SignedOriginalCheck for its certificate authority (docs/processes.md, 'Quyết định khen"
                    + " thưởng và bằng khen'). Use NONE to record scanned originals.");
        }
    }

    @Override
    public int pageCount(String fileName, byte[] pdf) {
        PdfReader reader = null;
        try {
            reader = new PdfReader(pdf);
            if (reader.isEncrypted()) {
                throw unreadable(fileName, "được đặt mật khẩu; hãy quét lại hoặc lưu tệp không đặt mật khẩu");
            }
            int pages = reader.getNumberOfPages();
            if (pages < 1) {
                throw unreadable(fileName, "không có trang nào");
            }
            return pages;
        } catch (Refusal refused) {
            throw refused;
        } catch (Exception | StackOverflowError broken) {
            throw unreadable(fileName, "bị hỏng, không mở được; hãy quét hoặc xuất lại tệp PDF");
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }

    private static Refusal unreadable(String fileName, String why) {
        return Refusal.invalid("SIGNED_ORIGINAL_UNREADABLE", "Tệp '" + fileName + "' " + why + ".");
    }
}
