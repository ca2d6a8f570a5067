package shape

import (
	"io"
	"net"
	"testing"
	"time"
)

func TestPacer(t *testing.T) {
	p := pacer{rate: 1000}
	t0 := time.Unix(0, 0)
	if got := p.reserve(t0, 500); !got.Equal(t0.Add(500 * time.Millisecond)) {
		t.Fatalf("first 500 B at 1000 B/s leave at %v", got.Sub(t0))
	}
	// queued behind the first
	if got := p.reserve(t0, 1000); !got.Equal(t0.Add(1500 * time.Millisecond)) {
		t.Fatalf("next 1000 B leave at %v", got.Sub(t0))
	}
	// an idle queue starts afresh
	t1 := t0.Add(10 * time.Second)
	if got := p.reserve(t1, 100); !got.Equal(t1.Add(100 * time.Millisecond)) {
		t.Fatalf("after idle: %v", got.Sub(t1))
	}
	var u pacer
	if got := u.reserve(t0, 1<<20); !got.Equal(t0) {
		t.Fatal("unshaped pacer delayed")
	}
}

// TestProxyMovesBytes: bytes cross the proxy both ways, intact and counted.
func TestProxyMovesBytes(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		_, _ = io.Copy(c, c) // echo
		_ = c.Close()
	}()
	a, b := NewNode(0, 0), NewNode(0, 0)
	p, err := Listen(ln.Addr().String(), a, b, time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	c, err := net.Dial("tcp", p.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	msg := make([]byte, 100<<10)
	for i := range msg {
		msg[i] = byte(i * 7)
	}
	go func() { _, _ = c.Write(msg) }()
	got := make([]byte, len(msg))
	if err := c.SetReadDeadline(time.Now().Add(10 * time.Second)); err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadFull(c, got); err != nil {
		t.Fatal(err)
	}
	for i := range got {
		if got[i] != msg[i] {
			t.Fatalf("byte %d differs", i)
		}
	}
	if a.Sent.Load() != int64(len(msg)) || b.Received.Load() != int64(len(msg)) || b.Sent.Load() != int64(len(msg)) {
		t.Fatalf("counters: a sent %d, b received %d, b sent %d", a.Sent.Load(), b.Received.Load(), b.Sent.Load())
	}
}
