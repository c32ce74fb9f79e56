import com.adobe.epubcheck.tool.EpubChecker;

/**
 * Runs EPUBCheck on every file named on the command line in one JVM: a JVM start with EPUBCheck's schemas costs
 * 6-14 s, a check of a small EPUB a fraction of a second. Each file's report is framed by marker lines, and standard
 * error goes to standard output so that every message stays inside its frame.
 */
public class EpubcheckBatch {
    public static void main(String[] args) {
        System.setErr(System.out);
        for (String file : args) {
            System.out.println("=== epubcheck-begin " + file);
            int code = new EpubChecker().run(new String[] { file });
            System.out.println("=== epubcheck-end " + code);
            System.out.flush();
        }
    }
}
