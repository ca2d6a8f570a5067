package core

import "encoding/binary"

// linkGen is the coded strategies' state for one peer and one generation, on
// both sides of the link: what we sent and what the peer reported, and what we
// received and asked for. See docs/adr/0003 and 0004.
type linkGen struct {
	sent      uint16 // chunks sent to the peer
	recv      uint16 // innovative chunks received from the peer
	got       uint16 // all chunks received from the peer (reported back to it)
	rank      uint16 // the peer's last reported rank
	credit    uint16 // chunks the peer asked for beyond those it has accounted for
	acked     uint16 // chunks of ours the peer has accounted for (got, or declared lost)
	lost      uint16 // chunks of ours declared lost by stalled reports
	granted   uint16 // credit we asked the peer for in our last have
	recvSince uint16 // innovative chunks from the peer since our last have to it
	blockRank uint16 // the peer's rank when it sent us a useless chunk
	blocked   bool   // its span is inside ours: ask it for nothing until it grows
	reported  bool
}

// Credit policy (docs/adr/0004, 0009): a receiver asks the links that have given
// it anything for CreditPercent% of what it still needs, split so the asks add up
// to exactly that (exactCredit); before the first report a sender pushes a share
// of k split over its links, plus one.
const (
	// haveFlagStalled: the sender of the have made no progress for StallTimeout;
	// chunks sent to it and not counted in got are lost.
	haveFlagStalled = 1
	linkReportLen   = 6
)

func (l *linkGen) inflight() int { return int(l.sent) - int(l.acked) }

// onChunk records a chunk received from the peer. A useless chunk from a peer
// that has not decoded shows its span lies inside ours (but for a 1/256 chance):
// ask it for nothing more until it reports a higher rank.
func (l *linkGen) onChunk(innovative bool, k int) {
	l.got++
	if innovative {
		l.recv++
		l.recvSince++
		return
	}
	if int(l.rank) < k && !l.blocked {
		l.blocked, l.blockRank = true, l.rank
		l.granted = 1 // makes due() true: tell the peer now
		l.recvSince = 1
	}
}

// capable reports whether the peer can serve us at our rank r: a relay's
// sending rule (allow) gives us nothing while its last reported rank is at
// most ours. A peer that has not reported may be able to.
func (l *linkGen) capable(r int) bool { return !l.reported || int(l.rank) > r }

// askFor is the credit to put in a have to this peer, given the fair share.
func (l *linkGen) askFor(share, k, providers int) int {
	if l.blocked && (l.rank > l.blockRank || int(l.rank) >= k) {
		l.blocked = false
	}
	if l.blocked {
		return 0
	}
	if l.recv == 0 && providers > 0 {
		// While other links serve us, one that has given us nothing yet gets
		// one chunk of credit, a probe: the share is meant for those links.
		return min(share, 1)
	}
	return share
}

// onReport records the peer's have entry for this generation.
func (l *linkGen) onReport(rank, credit, got uint16, stalled bool) {
	got = min(got, l.sent)
	if stalled {
		l.lost = l.sent - got
	}
	l.acked = min(got+l.lost, l.sent)
	l.rank, l.credit, l.reported = rank, credit, true
}

// allow is the sending rule for one more chunk of a generation of k chunks, given
// our rank r (k once decoded) and the number of links of the session.
func (l *linkGen) allow(k, r, links int, decoded bool, pushPct int) bool {
	if l.reported {
		in := l.inflight()
		if int(l.rank)+in >= k || in >= int(l.credit) {
			return false
		}
	} else {
		push := (k*pushPct+100*links-1)/(100*links) + 1
		if int(l.sent)+int(l.recv) >= k || int(l.sent) >= push {
			return false
		}
	}
	if !decoded {
		// A relay gives a peer at most its rank minus what the link already
		// carried, and nothing once the peer is known to hold as much as it does.
		if int(l.sent)+int(l.recv) >= r || (l.reported && int(l.rank)+l.inflight() >= r) {
			return false
		}
	}
	return true
}

// appendReport writes our have entry for this link: rank, the credit asked of the
// peer, and how many of its chunks we got.
func (l *linkGen) appendReport(dst []byte, rank, credit int) []byte {
	l.granted, l.recvSince = uint16(credit), 0
	dst = binary.BigEndian.AppendUint16(dst, uint16(rank))
	dst = binary.BigEndian.AppendUint16(dst, uint16(credit))
	return binary.BigEndian.AppendUint16(dst, l.got)
}

// due reports whether the peer should get a fresh have: half its credit arrived,
// or it was blocked and has grown since.
func (l *linkGen) due() bool {
	if l.blocked && l.rank > l.blockRank {
		return true
	}
	return l.granted > 0 && 2*l.recvSince >= l.granted
}

// exactCredit is the credit asked of one link when the receiver's asks add up
// to exactly CreditPercent% of its need: each of the providers gets the floor
// of its fair share, and the remainder goes to the links whose provider index
// idx (rotated by rot) falls below it. A link that has given nothing yet
// (idx < 0) gets a probe of one chunk while the need exceeds the providers.
func exactCredit(need, pct, providers, idx, rot int) int {
	if need <= 0 {
		return 0
	}
	if idx < 0 {
		if providers == 0 {
			return creditFor(need, 1, pct)
		}
		if need > providers {
			return 1
		}
		return 0
	}
	total := (need*pct + 99) / 100
	providers = max(providers, 1)
	c := total / providers
	if (idx+rot)%providers < total%providers {
		c++
	}
	return c
}

// ask is the credit to put in a have to this peer for a generation of k chunks
// of which we need need: exact shares (exactCredit, with idx the peer's index
// among the providers or -1), or with robust the shares that keep every link
// asked for at least one chunk, so links that went silent, were banned or
// polluted cannot hold the whole need (docs/adr/0009).
func (l *linkGen) ask(need, k, providers, idx, rot, pct int, robust bool) int {
	if robust {
		return l.askFor(creditFor(need, providers, pct), k, providers)
	}
	return l.askFor(exactCredit(need, pct, providers, idx, rot), k, 0)
}

// creditFor is what a receiver that needs need more chunks asks of each link,
// with providers links having given it something so far.
func creditFor(need, providers, pct int) int {
	if need <= 0 {
		return 0
	}
	providers = max(providers, 1)
	return (need*pct + 100*providers - 1) / (100 * providers)
}
