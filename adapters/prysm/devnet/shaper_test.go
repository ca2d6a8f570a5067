package devnet

import (
	"io"
	"net"
	"testing"
	"testing/synctest"
	"time"
)

// TestShaperSharesUplinkFairly: two connections leave one node's uplink. A
// megabyte queued on the first does not hold back a small frame written on the
// second a little later: the frame leaves within one segment's time and
// arrives one latency after, while the megabyte arrives at its size over the
// rate (plus the frame's turn) and the latency. In virtual time (synctest), so
// the times are the model's, exactly.
func TestShaperSharesUplinkFairly(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const rate = 1e6 // bytes per second
		const latency = 50 * time.Millisecond
		s := &Shaper{UpBps: rate, Latency: latency}
		up := s.uplink(0)
		bulkIn, bulkSrc := net.Pipe()
		bulkDst, bulkOut := net.Pipe()
		smallIn, smallSrc := net.Pipe()
		smallDst, smallOut := net.Pipe()
		s.wg.Add(2)
		go s.pump(bulkSrc, bulkDst, up)
		go s.pump(smallSrc, smallDst, up)

		start := time.Now()
		const bulk = 1 << 20
		go func() { _, _ = bulkIn.Write(make([]byte, bulk)) }()
		go func() {
			time.Sleep(10 * time.Millisecond)
			_, _ = smallIn.Write(make([]byte, 100))
		}()
		small := make(chan time.Duration, 1)
		go func() {
			if _, err := io.ReadFull(smallOut, make([]byte, 100)); err == nil {
				small <- time.Since(start)
			}
		}()
		if _, err := io.ReadFull(bulkOut, make([]byte, bulk)); err != nil {
			t.Fatal(err)
		}
		bulkAt := time.Since(start)
		smallAt := <-small

		seg := time.Duration(float64(shaperSegment) / rate * float64(time.Second))
		if max := 10*time.Millisecond + seg + latency + time.Millisecond; smallAt > max {
			t.Errorf("the small frame arrived after %v, want at most %v (one segment's turn and the latency)", smallAt, max)
		}
		want := time.Duration(float64(bulk+100)/rate*float64(time.Second)) + latency
		if d := bulkAt - want; d < 0 || d > time.Millisecond {
			t.Errorf("the megabyte arrived after %v, want %v: the uplink's rate is not kept", bulkAt, want)
		}
		t.Logf("small frame after %v, megabyte after %v", smallAt, bulkAt)
		for _, c := range []net.Conn{bulkIn, bulkOut, smallIn, smallOut} {
			_ = c.Close()
		}
		_ = s.Close()
	})
}
