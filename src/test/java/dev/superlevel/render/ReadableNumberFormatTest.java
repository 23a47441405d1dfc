package dev.superlevel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadableNumberFormatTest {

    @Test
    void fiveSignificantDigitsWithoutTrailingZeros() {
        assertEquals("4.6291", ReadableNumberFormat.text(4.62911593));
        assertEquals("250", ReadableNumberFormat.text(250));
        assertEquals("0.5", new ReadableNumberFormat().format(0.5));
    }

    @Test
    void tinyAndHugeValuesInShortExponentForm() {
        assertEquals("1.2e-5", ReadableNumberFormat.text(1.2e-5));
        assertEquals("-3.4568e7", ReadableNumberFormat.text(-34567890));
    }
}
