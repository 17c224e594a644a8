package dev.cxkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every citation of the reference docs in the source tree points somewhere: {@code docs/page.md}
 * and {@code docs/page.md#anchor} name a page and a heading that exist, Markdown links between pages
 * resolve, the design notes the docs replaced are no longer cited, and "article 00n" is one of the
 * sources docs/README.md lists. Run from this module's directory, so the tree is its parent.
 */
class DocCitationTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern DOC_PATH = Pattern.compile("docs/([a-z0-9-]+\\.md)(#[a-z0-9_-]+)?");
    private static final Pattern MD_LINK = Pattern.compile("\\]\\(([^)\\s]+\\.md)(#[a-z0-9_-]+)?\\)");
    private static final Pattern OLD_NOTES = Pattern.compile("\\b(CATALOG|FORMATS)\\.md\\b");
    private static final Pattern ARTICLE = Pattern.compile("\\barticles? (0\\d\\d)\\b");

    @Test
    void everyCitationOfTheDocsResolves() {
        List<String> dangling = new ArrayList<>();
        for (Path file : sources()) {
            String text = read(file);
            String where = ROOT.relativize(file).toString();
            Matcher m = DOC_PATH.matcher(text);
            while (m.find()) {
                check(ROOT.resolve("docs").resolve(m.group(1)), m.group(2), where + ": " + m.group(), dangling);
            }
            if (file.toString().endsWith(".md")) {
                Matcher link = MD_LINK.matcher(text);
                while (link.find()) {
                    if (link.group(1).startsWith("http")) {
                        continue;
                    }
                    check(file.getParent().resolve(link.group(1)).normalize(), link.group(2), where + ": " + link.group(), dangling);
                }
            }
            if (!where.equals("docs/README.md")) {
                Matcher old = OLD_NOTES.matcher(text);
                while (old.find()) {
                    dangling.add(where + ": cites the retired design note " + old.group() + "; cite the docs/ page instead");
                }
            }
            Matcher article = ARTICLE.matcher(text);
            Set<String> listed = articlesListed();
            while (article.find()) {
                if (!listed.contains(article.group(1))) {
                    dangling.add(where + ": article " + article.group(1) + " is not listed in docs/README.md");
                }
            }
        }
        assertThat(dangling).as("citations that point nowhere").isEmpty();
    }

    @Test
    void aPlantedDanglingCitationIsFound() {
        List<String> dangling = new ArrayList<>();
        check(ROOT.resolve("docs/kpis.md"), "#no-such-heading", "planted", dangling);
        check(ROOT.resolve("docs/no-such-page.md"), null, "planted", dangling);
        assertThat(dangling).hasSize(2);
    }

    private static void check(Path page, String anchor, String citation, List<String> dangling) {
        if (!Files.isRegularFile(page)) {
            dangling.add(citation + ": no such file");
            return;
        }
        if (anchor != null && !anchors(page).contains(anchor.substring(1))) {
            dangling.add(citation + ": no such heading");
        }
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
    static Set<String> anchors(Path page) {
        Set<String> result = new TreeSet<>();
        for (String line : read(page).split("\n")) {
            if (line.startsWith("#")) {
                String title = line.replaceFirst("^#+\\s*", "").trim().toLowerCase(Locale.ROOT);
                result.add(title.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return result;
    }

    private static Set<String> articlesListed() {
        Set<String> result = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\| (0\\d\\d) \\|").matcher(read(ROOT.resolve("docs/README.md")));
        while (m.find()) {
            result.add(m.group(1));
        }
        return result;
    }

    private static List<Path> sources() {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(java|drl|md)$"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/")
                            && !p.toString().contains("/node_modules/"))
                    .filter(p -> !p.getFileName().toString().equals("DocCitationTest.java"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
