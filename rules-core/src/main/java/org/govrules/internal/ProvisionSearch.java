package org.govrules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.govrules.Provision;

/**
 * BM25 retrieval over the provision texts, in memory. It finds the passage a question about what the texts record
 * ("Who proposed setting up the group?") is answered by, and the provisions nearest to a question nobody understood.
 * Measured on officials' questions, BM25 picked the right provision more often than sentence-embedding models at a
 * twentieth of the weight; the index of a few hundred short passages builds in milliseconds, on first use.
 */
final class ProvisionSearch {

    /** A provision a question matched, with the body whose instrument holds it and its BM25 score. */
    /**
     * @param informative how many of the question's words that are not common in the texts (as "meeting" or
     *                    "member" are) the best sentence shares: a match on common words alone answers nothing
     */
    record Hit(Provision provision, String body, double score, int informative) {}

    /** A word in more than this share of the sentences says little about which one is meant. */
    private static final double COMMON = 0.12;
    private static final String SENTENCE = "sentence";

    private static final String TEXT = "text";
    private static final String BODY = "body";
    private static final String ID = "id";

    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final Map<String, Provision> provisions;
    private final Map<String, String> bodies;
    /** For each word of the texts, the bodies whose instruments use it. */
    private final Map<String, Set<String>> bodiesUsing = new java.util.HashMap<>();
    private final Set<String> partyTerms = new java.util.HashSet<>();
    /** {@link #SAME_WORD} as the index's terms. */
    private final List<Set<String>> sameWord = new ArrayList<>();

    /**
     * @param byBody    each body's provisions
     * @param stopwords words that say nothing about what is asked ("we", "our", "please"), beside English's own
     * @param names     the names of states and organisations: one body's text naming IOM does not make every
     *                  question about IOM that body's
     */
    ProvisionSearch(Map<String, List<Provision>> byBody, Set<String> stopwords, Set<String> names) {
        var stop = new org.apache.lucene.analysis.CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        stop.addAll(stopwords);
        this.analyzer = new EnglishAnalyzer(stop);
        names.forEach(n -> partyTerms.addAll(terms(n)));
        SAME_WORD.forEach(forms -> sameWord.add(terms(String.join(" ", forms))));
        var all = new java.util.HashMap<String, Provision>();
        var bodyOf = new java.util.HashMap<String, String>();
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (var entry : byBody.entrySet()) {
                for (Provision p : entry.getValue()) {
                    // One document a sentence: a long paragraph of background does not drown the sentence asked about.
                    for (String term : terms(p.part() + "\n" + p.text())) {
                        bodiesUsing.computeIfAbsent(term, t -> new java.util.TreeSet<>()).add(entry.getKey());
                    }
                    for (String sentence : sentences(p)) {
                        var doc = new Document();
                        doc.add(new StringField(ID, p.id(), Field.Store.YES));
                        doc.add(new org.apache.lucene.document.StoredField(SENTENCE, sentence));
                        doc.add(new StringField(BODY, entry.getKey(), Field.Store.NO));
                        doc.add(new TextField(TEXT, p.part() + "\n" + sentence, Field.Store.NO));
                        writer.addDocument(doc);
                    }
                    all.put(p.id(), p);
                    bodyOf.put(p.id(), entry.getKey());
                }
            }
            writer.commit();
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index of the provisions", e);
        }
        this.provisions = Map.copyOf(all);
        this.bodies = Map.copyOf(bodyOf);
    }

    /** The provisions that best match the question, best first, from one body's instruments or from all. */
    List<Hit> search(String question, Optional<String> body, int limit) {
        Set<String> terms = asked(question);
        if (terms.isEmpty()) {
            return List.of();
        }
        try {
            // A provision scores as its best sentence.
            var hits = new java.util.LinkedHashMap<String, Hit>();
            for (ScoreDoc d : searcher.search(query(terms, body), limit * 8).scoreDocs) {
                var doc = searcher.storedFields().document(d.doc);
                String id = doc.get(ID);
                if (!hits.containsKey(id)) {
                    hits.put(id, new Hit(provisions.get(id), bodies.get(id), d.score, informative(doc.get(SENTENCE), terms)));
                }
            }
            return hits.values().stream().limit(limit).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index", e);
        }
    }

    /** How many of the question's uncommon words the sentence shares with it. */
    private int informative(String sentence, Set<String> questionTerms) {
        var shared = terms(sentence);
        shared.retainAll(questionTerms);
        return (int) shared.stream().filter(t -> share(t) <= COMMON).count();
    }

    private static org.apache.lucene.search.Query query(Set<String> terms, Optional<String> body) {
        var query = new BooleanQuery.Builder();
        terms.forEach(t -> query.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD));
        body.ifPresent(b -> query.add(new TermQuery(new Term(BODY, b)), BooleanClause.Occur.FILTER));
        return query.build();
    }

    /** A sentence of a provision and how well it matches a question (see {@link Hit} for {@code informative}). */
    record SentenceHit(Provision provision, String body, String sentence, double score, int informative) {}

    /** The sentences that best match the question, best first, from one body's instruments or from all. */
    List<SentenceHit> sentences(String question, Optional<String> body, int limit) {
        Set<String> terms = asked(question);
        if (terms.isEmpty()) {
            return List.of();
        }
        try {
            var found = new ArrayList<SentenceHit>();
            for (ScoreDoc d : searcher.search(query(terms, body), limit).scoreDocs) {
                var doc = searcher.storedFields().document(d.doc);
                String sentence = doc.get(SENTENCE);
                found.add(new SentenceHit(provisions.get(doc.get(ID)), bodies.get(doc.get(ID)), sentence.strip(),
                        d.score, informative(sentence, terms)));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index", e);
        }
    }

    /**
     * The sentences of a provision that answer the question, at most {@code max}, in the provision's own order: first
     * the sentence sharing most with the question (each shared word weighted by how rare it is in the texts), then
     * any that adds a word of the question not covered yet ("Which countries sent representatives to the workshop in
     * Vanuatu?" takes the sentence on the workshop, then the one on who attended).
     */
    String quote(Provision provision, String question, int max) {
        Set<String> uncovered = asked(question);
        String[] sentences = sentences(provision);
        var chosen = new java.util.TreeSet<Integer>();
        while (chosen.size() < max) {
            int best = -1;
            double bestScore = 0;
            for (int i = 0; i < sentences.length; i++) {
                if (chosen.contains(i)) {
                    continue;
                }
                double score = 0;
                boolean informative = false;
                for (String term : terms(sentences[i])) {
                    if (uncovered.contains(term)) {
                        score += weight(term);
                        informative |= share(term) <= COMMON;
                    }
                }
                if (score > bestScore + 1e-9 && (chosen.isEmpty() || informative)) {
                    best = i;
                    bestScore = score;
                }
            }
            if (best < 0) {
                break;
            }
            chosen.add(best);
            uncovered.removeAll(terms(sentences[best]));
        }
        if (chosen.isEmpty()) {
            return sentences.length == 0 ? "" : sentences[0].strip();
        }
        var out = new StringBuilder();
        chosen.forEach(i -> out.append(out.length() == 0 ? "" : " ").append(sentences[i].strip()));
        return out.toString();
    }

    /**
     * The one body whose instruments alone use words of the question ("AHEG", "ADSOM", "Port Vila"), if the
     * question's words that only one body uses all point to the same body.
     */
    Optional<String> onlyBodyUsing(String question) {
        return onlyBodyUsing(question, 1);
    }

    /** As {@link #onlyBodyUsing(String)}, with at least {@code words} such words. */
    Optional<String> onlyBodyUsing(String question, int words) {
        var found = new java.util.TreeSet<String>();
        int count = 0;
        for (String term : terms(question)) {
            if (partyTerms.contains(term)) {
                continue;
            }
            var using = bodiesUsing.getOrDefault(term, Set.of());
            if (using.size() == 1) {
                found.addAll(using);
                count++;
            }
        }
        return found.size() == 1 && count >= words ? Optional.of(found.first()) : Optional.empty();
    }

    /**
     * The paragraphs a provision introduces with a colon ("guided by the following principles:"): its direct
     * sub-paragraphs, {@code admm-border-2019:5a} to {@code 5d} for {@code admm-border-2019:5}, in order.
     */
    List<Provision> listedUnder(Provision provision) {
        String id = provision.id();
        return provisions.values().stream().filter(p -> p.id().length() == id.length() + 1 && p.id().startsWith(id)
                && Character.isLetter(p.id().charAt(id.length()))).sorted(Comparator.comparing(Provision::id)).toList();
    }

    /** True if the quote holds an uncommon word of the question that the answer lacks. */
    boolean addsTo(String answer, String quote, String question) {
        Set<String> inAnswer = terms(answer);
        Set<String> inQuote = terms(quote);
        return asked(question).stream()
                .anyMatch(t -> inQuote.contains(t) && !inAnswer.contains(t) && share(t) <= COMMON);
    }

    private static String[] sentences(Provision provision) {
        return provision.text().strip().split("(?<=[.;:])\\s+(?=[\\p{Lu}\\d(])|\\n+");
    }

    private double weight(String term) {
        return Math.log(1 + 1 / (share(term) + 1e-3));
    }

    /**
     * The most of the question's uncommon words that any one provision of the body holds (see {@link #coverage}), or
     * empty when the question has no uncommon word to look for.
     */
    java.util.OptionalDouble bestCoverage(String question, String body) {
        if (asked(question).stream().noneMatch(t -> share(t) <= COMMON)) {
            return java.util.OptionalDouble.empty();
        }
        return provisions.values().stream().filter(p -> body.equals(bodies.get(p.id())))
                .mapToDouble(p -> coverage(question, p)).max();
    }

    /**
     * The share of the question's words that the provision's text contains, counting only words that are not common
     * in the texts (a body's name, "meeting"): how nearly the provision says what the question asks about.
     */
    double coverage(String question, Provision provision) {
        var asked = asked(question).stream().filter(t -> share(t) <= COMMON).toList();
        if (asked.isEmpty()) {
            return 0;
        }
        var said = terms(provision.text());
        return (double) asked.stream().filter(said::contains).count() / asked.size();
    }

    private double share(String term) {
        try {
            var reader = searcher.getIndexReader();
            return (double) reader.docFreq(new Term(TEXT, term)) / Math.max(1, reader.numDocs());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the in-memory index", e);
        }
    }

    /**
     * Forms of one English word that stemming leaves apart ("When did AHEG1 meet?" is answered by "AHEG1 met …"),
     * and spellings the texts use beside the ones officials write.
     */
    private static final List<List<String>> SAME_WORD = List.of(List.of("meet", "met"), List.of("hold", "held"),
            List.of("send", "sent"), List.of("take", "took", "taken"), List.of("give", "gave", "given"),
            List.of("begin", "began", "begun"), List.of("choose", "chose", "chosen"), List.of("lead", "led"),
            List.of("write", "wrote", "written"), List.of("find", "found"), List.of("bring", "brought"),
            List.of("make", "made"), List.of("become", "became"), List.of("come", "came"), List.of("go", "went"),
            List.of("know", "knew", "known"), List.of("say", "said"), List.of("see", "saw", "seen"),
            List.of("tell", "told"), List.of("run", "ran"), List.of("reply", "respond", "responded"),
            List.of("focus", "focussed", "focused"), List.of("program", "programme"));

    /** The question's terms, with the other forms of each word ({@link #SAME_WORD}). */
    private Set<String> asked(String question) {
        var terms = terms(question);
        var out = new LinkedHashSet<>(terms);
        for (var forms : sameWord) {
            if (forms.stream().anyMatch(terms::contains)) {
                out.addAll(forms);
            }
        }
        return out;
    }

    private Set<String> terms(String text) {
        var terms = new LinkedHashSet<String>();
        try (var stream = analyzer.tokenStream(TEXT, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a question", e);
        }
        return terms;
    }
}
