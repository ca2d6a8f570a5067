package shape

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/p2p/enode"
)

func pair(t *testing.T, rate int64, latency time.Duration) (a, b net.Conn) {
	t.Helper()
	n := New(latency)
	x, y := net.Pipe()
	a, b = newConn(x, NewHost(rate), n), newConn(y, NewHost(rate), n)
	t.Cleanup(func() { _ = a.Close(); _ = b.Close() })
	return a, b
}

// TestIntact: bytes arrive whole and in order through segmenting and delay.
func TestIntact(t *testing.T) {
	a, b := pair(t, 0, time.Millisecond)
	r := rand.New(rand.NewPCG(1, 2))
	msg := make([]byte, 200_000)
	for i := range msg {
		msg[i] = byte(r.Uint32())
	}
	go func() { _, _ = a.Write(msg) }()
	got := make([]byte, len(msg))
	if _, err := io.ReadFull(b, got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, msg) {
		t.Fatal("bytes changed on the link")
	}
}

// TestRateAndLatencyBound: a transfer takes at least size/rate + latency.
func TestRateAndLatencyBound(t *testing.T) {
	const rate, size, lat = 1 << 20, 256 << 10, 30 * time.Millisecond
	a, b := pair(t, rate, lat)
	start := time.Now()
	go func() { _, _ = a.Write(make([]byte, size)) }()
	if _, err := io.ReadFull(b, make([]byte, size)); err != nil {
		t.Fatal(err)
	}
	if el, min := time.Since(start), time.Duration(float64(size)/rate*float64(time.Second))+lat; el < min {
		t.Fatalf("%d bytes at %d B/s with %v latency took %v, less than %v", size, rate, lat, el, min)
	}
}

// TestClose: writes and reads fail after Close instead of hanging.
func TestClose(t *testing.T) {
	a, b := pair(t, 1000, time.Second)
	_ = b.Close()
	done := make(chan error, 1)
	go func() { _, err := a.Write(make([]byte, 100_000)); done <- err }()
	_ = a.Close()
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("write on a closed link succeeded")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("write hung after close")
	}
}

func TestUnknownPeer(t *testing.T) {
	n := New(0)
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	for _, dest := range []*enode.Node{nil, enode.NewV4(&key.PublicKey, net.IPv4(127, 0, 0, 1), 30303, 30303)} {
		if _, err := n.Dialer(NewHost(0)).Dial(context.Background(), dest); !errors.Is(err, ErrUnknownPeer) {
			t.Fatalf("dial of an unregistered node: %v", err)
		}
	}
}
