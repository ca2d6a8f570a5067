package devnet

import "testing"

// TestWeftLine: the weft delivery line is found in slog's text format and in
// the default logger's format, and its delivery time is since_slot_ms.
func TestWeftLine(t *testing.T) {
	for _, l := range []string{
		`time=2026-11-22T09:06:08.123Z level=INFO msg="weft block received" slot=12 proposer=58 root=0xdc58deb7 bytes=124365 first=false since_slot_ms=545`,
		`2026/11/22 09:06:08 INFO weft block received slot=12 proposer=58 root=0xdc58deb7 bytes=124365 first=false since_slot_ms=545`,
	} {
		m := weftLine.FindStringSubmatch(l)
		if m == nil || m[1] != "12" || m[2] != "0xdc58deb7" || m[3] != "545" {
			t.Errorf("%q: %q", l, m)
		}
	}
}

// TestPublishLine: the sidecar's publication line gives the slot and the
// request's arrival time.
func TestPublishLine(t *testing.T) {
	l := `time=2026-11-22T09:06:08.123Z level=INFO msg="weft publish request" slot=12 proposer=58 root=0xdc58deb7 at_unix_ms=1795338368123 decode_ms=4`
	m := publishLine.FindStringSubmatch(l)
	if m == nil || m[1] != "12" || m[2] != "1795338368123" {
		t.Errorf("%q: %q", l, m)
	}
}
