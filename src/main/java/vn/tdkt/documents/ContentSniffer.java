package vn.tdkt.documents;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Recognises a file's real format from its first bytes ("magic numbers") and, for Office Open XML, from the
 * names inside the ZIP archive, so a file declared as PDF that is not one can be refused.
 */
public final class ContentSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    /** OLE2 compound file: Word 97-2003 and the other legacy Office formats. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** Name of the main stream of a Word 97-2003 document, as the OLE2 directory stores it (UTF-16LE). */
    private static final byte[] WORD_STREAM = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final String OOXML_CONTENT_TYPES = "[Content_Types].xml";

    private ContentSniffer() { }

    /** The format the content really has, if it is one of {@link FileFormat}. */
    public static Optional<FileFormat> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, PDF)) {
            return Optional.of(FileFormat.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(FileFormat.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(FileFormat.JPEG);
        }
        if (startsWith(content, OLE2)) {
            // .xls and .ppt are OLE2 files too; only a Word document has a WordDocument stream
            return contains(content, WORD_STREAM) ? Optional.of(FileFormat.DOC) : Optional.empty();
        }
        if (startsWith(content, ZIP)) {
            return officeOpenXml(ZipDirectory.entryNames(content));
        }
        return Optional.empty();
    }

    private static Optional<FileFormat> officeOpenXml(List<String> entries) {
        if (!entries.contains(OOXML_CONTENT_TYPES)) {
            return Optional.empty();
        }
        if (entries.stream().anyMatch(n -> n.startsWith("word/"))) {
            return Optional.of(FileFormat.DOCX);
        }
        if (entries.stream().anyMatch(n -> n.startsWith("xl/"))) {
            return Optional.of(FileFormat.XLSX);
        }
        return Optional.empty();
    }

    private static boolean contains(byte[] content, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= content.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
