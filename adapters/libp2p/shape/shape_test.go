package shape

import (
	"errors"
	"net"
	"testing"
	"time"
)

func TestBucket(t *testing.T) {
	t0 := time.Unix(0, 0)
	b := Bucket{Rate: 1000} // 1000 B/s: 1 ms per byte
	if got := b.Release(t0, 100); !got.Equal(t0.Add(100 * time.Millisecond)) {
		t.Fatalf("first: %v", got)
	}
	// Queued behind the first.
	if got := b.Release(t0.Add(10*time.Millisecond), 50); !got.Equal(t0.Add(150 * time.Millisecond)) {
		t.Fatalf("second: %v", got)
	}
	if got := b.Backlog(t0.Add(50 * time.Millisecond)); got != 100*time.Millisecond {
		t.Fatalf("backlog: %v", got)
	}
	// After an idle gap the queue starts fresh.
	if got := b.Release(t0.Add(time.Second), 10); !got.Equal(t0.Add(time.Second + 10*time.Millisecond)) {
		t.Fatalf("after idle: %v", got)
	}
	var free Bucket
	if got := free.Release(t0, 1<<20); !got.Equal(t0) {
		t.Fatalf("unshaped: %v", got)
	}
}

// TestConnDelivers checks that shaped conns still carry every datagram intact over
// loopback (timing is a benchmark's business, not a test's).
func TestConnDelivers(t *testing.T) {
	a, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		t.Fatal(err)
	}
	b, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		t.Fatal(err)
	}
	link := Link{UpBps: 50e6 / 8, DownBps: 50e6 / 8}
	sa := Wrap(a, link, func(net.Addr) time.Duration { return time.Millisecond })
	sb := Wrap(b, link, nil)
	defer sa.Close()
	defer sb.Close()
	const n = 50
	go func() {
		for i := 0; i < n; i++ {
			msg := make([]byte, 1000)
			msg[0] = byte(i)
			if _, err := sa.WriteTo(msg, sb.LocalAddr()); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	buf := make([]byte, 2000)
	for i := 0; i < n; i++ {
		m, from, err := sb.ReadFrom(buf)
		if err != nil {
			t.Fatal(err)
		}
		if m != 1000 || buf[0] != byte(i) || from.String() != sa.LocalAddr().String() {
			t.Fatalf("datagram %d: %d bytes, first byte %d, from %v", i, m, buf[0], from)
		}
	}
	if st := sb.Stats(); st.BytesRcvd != n*1000 || st.DownDropped != 0 {
		t.Fatalf("receiver stats %+v", st)
	}
	if st := sa.Stats(); st.BytesSent != n*1000 || st.UpDropped != 0 {
		t.Fatalf("sender stats %+v", st)
	}
	if err := sa.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := sa.WriteTo([]byte{1}, sb.LocalAddr()); !errors.Is(err, ErrClosed) {
		t.Fatalf("write after close: %v", err)
	}
}
