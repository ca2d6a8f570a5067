package weft

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"testing"
)

func TestFrameRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	frames := [][]byte{{1}, bytes.Repeat([]byte{7}, 300), bytes.Repeat([]byte{9}, 70_000)}
	for _, f := range frames {
		if err := WriteFrame(&buf, f); err != nil {
			t.Fatal(err)
		}
	}
	r := bufio.NewReader(&buf)
	for i, want := range frames {
		got, err := ReadFrame(r, 1<<20)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("frame %d: %d bytes, %v", i, len(got), err)
		}
	}
	if _, err := ReadFrame(r, 1<<20); !errors.Is(err, io.EOF) {
		t.Fatalf("at the end: %v", err)
	}
}

func TestFrameBadInput(t *testing.T) {
	huge := binary.AppendUvarint(nil, 1<<40)
	for _, c := range []struct {
		name string
		in   []byte
		want error
	}{
		{"over the cap", append(binary.AppendUvarint(nil, 1025), make([]byte, 1025)...), ErrFrameTooLarge},
		{"huge prefix, no body", huge, ErrFrameTooLarge},
		{"zero length", []byte{0}, ErrBadPrefix},
		{"varint overflow", bytes.Repeat([]byte{0xff}, 11), ErrBadPrefix},
		{"truncated body", append(binary.AppendUvarint(nil, 10), 1, 2, 3), io.ErrUnexpectedEOF},
		{"truncated prefix", []byte{0x80}, io.ErrUnexpectedEOF},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadFrame(bufio.NewReader(bytes.NewReader(c.in)), 1024)
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
}

func FuzzReadFrame(f *testing.F) {
	f.Add([]byte{3, 1, 2, 3})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Fuzz(func(t *testing.T, in []byte) {
		r := bufio.NewReader(bytes.NewReader(in))
		for {
			f, err := ReadFrame(r, 4096)
			if err != nil {
				return
			}
			if len(f) == 0 || len(f) > 4096 {
				t.Fatalf("frame of %d bytes", len(f))
			}
		}
	})
}
