// Phrase: the English core renders from a template and its arguments.
#include <gtest/gtest.h>

#include "core/base/phrase.h"
#include "core/base/result.h"

using namespace flowscope;

TEST(Phrase, FillsEachArgumentOnce) {
    const Phrase p =
        phrase(FS_PHRASE("Core", "Copy %2 to %1, then %2."), {verbatim("/tmp/a"), verbatim("b%1")});
    EXPECT_EQ(english(p), "Copy b%1 to /tmp/a, then b%1.");  // "%1" inside an argument stays
}

TEST(Phrase, NumbersAndClausesAreArguments) {
    const Phrase where =
        phrase(FS_PHRASE("Core", "block %1 at byte offset %2"), {number(uint64_t{3}), number(-7)});
    const Phrase p = phrase(FS_PHRASE("Core", "%1 is damaged: %2."), {verbatim("x.pcapng"), where});
    EXPECT_EQ(english(p), "x.pcapng is damaged: block 3 at byte offset -7.");
}

TEST(Phrase, EnglishPluralFromTheCount) {
    const char* text = FS_PHRASE_N("Core", "the %1 packet(s) before it was/were read");
    EXPECT_EQ(english(plural(text, 1, {number(1)})), "the 1 packet before it was read");
    EXPECT_EQ(english(plural(text, 0, {number(0)})), "the 0 packets before it were read");
    EXPECT_EQ(english(plural(text, 2, {number(2)})), "the 2 packets before it were read");
    // Without a count, "(s)" is text like any other.
    EXPECT_EQ(english(phrase(text, {number(2)})), "the 2 packet(s) before it was/were read");
}

TEST(Phrase, JoinedSkipsEmptySentences) {
    EXPECT_TRUE(joined({}).empty());
    EXPECT_TRUE(joined({verbatim(""), Phrase{}}).empty());
    EXPECT_EQ(english(joined({verbatim("A."), verbatim(""),
                              phrase(FS_PHRASE("Core", "B %1."), {verbatim("c")})})),
              "A. B c.");
    EXPECT_FALSE(joined({verbatim("A.")}).empty());
}

TEST(Phrase, AnErrorCarriesItsPhraseAndItsEnglish) {
    const Error e =
        makeError(ErrorCode::NotFound, phrase(FS_PHRASE("Core",
                                                        "%1 does not exist; check the file name "
                                                        "and folder."),
                                              {verbatim("/x")}));
    EXPECT_EQ(e.message, "/x does not exist; check the file name and folder.");
    EXPECT_EQ(english(phraseOf(e)), e.message);
    const Error plain = makeError(ErrorCode::Io, "Plain words.");
    EXPECT_TRUE(plain.phrase.empty());
    EXPECT_EQ(english(phraseOf(plain)), "Plain words.");
}

TEST(Phrase, AClauseLosesItsFullStopOnly) {
    const Phrase sentence = phrase(
        FS_PHRASE("Core", "%1 does not exist; check the file name and folder."), {verbatim("/x.")});
    EXPECT_EQ(english(clause(sentence)), "/x. does not exist; check the file name and folder");
    EXPECT_EQ(english(sentence), "/x. does not exist; check the file name and folder.");
    EXPECT_EQ(english(clause(verbatim("Plain words."))), "Plain words");
    EXPECT_EQ(english(clause(verbatim("No stop"))), "No stop");
    EXPECT_EQ(english(phrase(FS_PHRASE("Core", "%1; and more."), {clause(sentence)})),
              "/x. does not exist; check the file name and folder; and more.");
}
