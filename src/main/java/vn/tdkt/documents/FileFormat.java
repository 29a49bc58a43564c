package vn.tdkt.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The file formats a dossier may hold: canonical MIME type, Vietnamese name and file name extensions. */
public enum FileFormat {
    PDF("application/pdf", "PDF (.pdf)", List.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (.docx)", List.of("docx")),
    DOC("application/msword", "Word 97-2003 (.doc)", List.of("doc")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (.xlsx)", List.of("xlsx")),
    JPEG("image/jpeg", "ảnh JPEG (.jpg)", List.of("jpg", "jpeg")),
    PNG("image/png", "ảnh PNG (.png)", List.of("png"));

    /** Non-standard names some clients send for the same formats. */
    private static final Map<String, FileFormat> ALIASES = Map.of(
            "application/x-pdf", PDF,
            "application/acrobat", PDF,
            "image/jpg", JPEG,
            "image/pjpeg", JPEG,
            "image/x-png", PNG);

    private final String mimeType;
    private final String label;
    private final List<String> extensions;

    FileFormat(String mimeType, String label, List<String> extensions) {
        this.mimeType = mimeType;
        this.label = label;
        this.extensions = extensions;
    }

    public String mimeType() { return mimeType; }
    public String label() { return label; }
    public List<String> extensions() { return extensions; }

    /** The format of a MIME type, ignoring parameters (";charset=...") and case; aliases included. */
    public static Optional<FileFormat> ofMimeType(String contentType) {
        String bare = bareMimeType(contentType);
        if (bare.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(f -> f.mimeType.equals(bare)).findFirst()
                .or(() -> Optional.ofNullable(ALIASES.get(bare)));
    }

    /** The format a file name's extension stands for. */
    public static Optional<FileFormat> ofFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

    /** "application/pdf; charset=x" becomes "application/pdf"; null becomes "". */
    public static String bareMimeType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        String bare = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return bare.strip().toLowerCase(Locale.ROOT);
    }
}
