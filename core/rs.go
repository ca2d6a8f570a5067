package core

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/bits"

	"github.com/klauspost/reedsolomon"
)

// RS is systematic Reed-Solomon over GF(2^8) (klauspost/reedsolomon): k data
// shards and m parity shards, each checked against its SHA-256 hash in the signed
// header before it is kept or forwarded. Peers exchange have-bitmaps; each sender
// emits the shard it has sent least often that the peer is not known to hold, and
// stops once the peer holds or has been sent k shards. It is the strongest
// non-RLNC design and the patent-free option.
type RS struct{}

// maxShards is the most shards GF(2^8) Reed-Solomon allows.
const maxShards = 256

// ID implements Strategy.
func (RS) ID() StrategyID { return StrategyRS }

// rsShape fits the proposed shape to k+m <= 256.
func rsShape(size int, sh Shape, pct int) (k, m, c int) {
	k, c = sh.Chunks, sh.ChunkSize
	kmax := maxShards * 100 / (100 + pct)
	if k > kmax {
		k = kmax
		c = (size + k - 1) / k
		k = max(1, (size+c-1)/c)
	}
	m = min((k*pct+99)/100, maxShards-k)
	return k, m, max(c, 1)
}

// Publish implements Strategy.
func (RS) Publish(env *Env, h *Header, payload []byte, sh Shape) (Session, error) {
	k, m, c := rsShape(len(payload), sh, env.RSParityPercent())
	h.ChunkSize, h.Chunks, h.GenSize = uint32(c), uint16(k), uint16(k)
	s, err := newRSSession(env, h, k, m)
	if err != nil {
		return nil, err
	}
	s.alloc()
	copy(s.buf, payload)
	if m > 0 {
		if err := s.enc.Encode(s.shards); err != nil {
			return nil, err
		}
		env.Costs.Add(OpRSEncode, k*c)
	}
	auth := make([]byte, 2, 2+(k+m)*sha256.Size)
	binary.BigEndian.PutUint16(auth, uint16(m))
	for i := range s.shards {
		sum := sha256.Sum256(s.shards[i])
		auth = append(auth, sum[:]...)
	}
	env.Costs.Add(OpHash, (k+m)*c)
	h.Auth = auth
	s.hashes = auth[2:]
	for i := 0; i < k+m; i++ {
		s.have.set(i)
	}
	s.count, s.done = k+m, true
	return s, nil
}

// Open implements Strategy.
func (RS) Open(env *Env, h *Header) (Session, error) {
	if len(h.Auth) < 2 || h.GenSize != h.Chunks {
		return nil, fmt.Errorf("%w: rs header shape", ErrMalformed)
	}
	k := int(h.Chunks)
	m := int(binary.BigEndian.Uint16(h.Auth))
	if k+m > maxShards || len(h.Auth) != 2+(k+m)*sha256.Size {
		return nil, fmt.Errorf("%w: rs header with %d+%d shards and %d auth bytes", ErrMalformed, k, m, len(h.Auth))
	}
	s, err := newRSSession(env, h, k, m)
	if err != nil {
		return nil, err
	}
	s.hashes = h.Auth[2:]
	return s, nil
}

// bitset256 is a set of shard indexes.
type bitset256 [4]uint64

func (b *bitset256) set(i int)      { b[i>>6] |= 1 << (i & 63) }
func (b *bitset256) has(i int) bool { return b[i>>6]&(1<<(i&63)) != 0 }
func (b *bitset256) count() int {
	return bits.OnesCount64(b[0]) + bits.OnesCount64(b[1]) + bits.OnesCount64(b[2]) + bits.OnesCount64(b[3])
}
func (b bitset256) or(o bitset256) bitset256 {
	return bitset256{b[0] | o[0], b[1] | o[1], b[2] | o[2], b[3] | o[3]}
}

type rsLink struct {
	peer bitset256 // shards the peer holds (have-bitmaps, chunks it sent us)
	sent bitset256 // shards we sent it
}

type rsSession struct {
	env    *Env
	size   int
	k, m   int
	c      int
	enc    reedsolomon.Encoder
	hashes []byte // (k+m)×32
	buf    []byte // (k+m)×c, data shards first
	shards [][]byte
	have   bitset256
	count  int
	done   bool
	failed bool
	links  []rsLink
	allocs [maxShards]uint16 // times each shard was sent
}

func newRSSession(env *Env, h *Header, k, m int) (*rsSession, error) {
	s := &rsSession{env: env, size: int(h.Size), k: k, m: m, c: int(h.ChunkSize)}
	if m > 0 {
		enc, err := reedsolomon.New(k, m)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
		}
		s.enc = enc
	}
	return s, nil
}

func (s *rsSession) alloc() {
	if s.buf != nil {
		return
	}
	n := s.k + s.m
	s.buf = make([]byte, n*s.c)
	s.shards = make([][]byte, n)
	for i := range s.shards {
		s.shards[i] = s.buf[i*s.c : (i+1)*s.c : (i+1)*s.c]
	}
}

func (s *rsSession) Reserve() int64 { return int64((s.k+s.m)*s.c + (s.k+s.m)*24) }
func (s *rsSession) AddLink()       { s.links = append(s.links, rsLink{}) }

func (s *rsSession) Chunk(slot int, body []byte) (bool, error) {
	if len(body) != 2+s.c {
		return false, fmt.Errorf("%w: rs chunk of %d bytes, want %d", ErrMalformed, len(body), 2+s.c)
	}
	i := int(binary.BigEndian.Uint16(body))
	if i >= s.k+s.m {
		return false, fmt.Errorf("%w: rs shard %d of %d", ErrMalformed, i, s.k+s.m)
	}
	l := &s.links[slot]
	if s.have.has(i) || s.done || s.failed {
		l.peer.set(i)
		return false, nil
	}
	data := body[2:]
	s.env.Costs.Add(OpHash, len(data))
	if sum := sha256.Sum256(data); !bytes.Equal(sum[:], s.hashes[i*32:i*32+32]) {
		return false, fmt.Errorf("%w: rs shard %d hash", ErrInvalidChunk, i)
	}
	l.peer.set(i)
	s.alloc()
	copy(s.shards[i], data)
	s.env.Costs.Add(OpCopy, len(data))
	s.have.set(i)
	s.count++
	if s.count >= s.k {
		if err := s.reconstruct(); err != nil {
			return true, err
		}
	}
	return true, nil
}

// reconstruct recovers every shard from any k and checks all against their hashes:
// a publisher that signed inconsistent shards is caught here.
func (s *rsSession) reconstruct() error {
	if s.m > 0 {
		for i := range s.shards {
			if !s.have.has(i) {
				s.shards[i] = s.shards[i][:0]
			}
		}
		err := s.enc.Reconstruct(s.shards)
		s.env.Costs.Add(OpRSReconstruct, s.k*s.c)
		if err != nil {
			s.failed = true
			return &BlameError{Err: fmt.Errorf("%w: %w", ErrDigestMismatch, err)}
		}
		for i := range s.shards {
			if !s.have.has(i) {
				s.env.Costs.Add(OpHash, s.c)
				if sum := sha256.Sum256(s.shards[i]); !bytes.Equal(sum[:], s.hashes[i*32:i*32+32]) {
					s.failed = true
					return &BlameError{Err: fmt.Errorf("%w: reconstructed shard %d", ErrDigestMismatch, i)}
				}
				s.have.set(i)
			}
		}
	}
	s.done = true
	return nil
}

func (s *rsSession) Have(slot int, body []byte) error {
	n := (s.k + s.m + 7) / 8
	if len(body) != 1+n || body[0]&^haveFlagStalled != 0 {
		return fmt.Errorf("%w: rs have of %d bytes, want %d", ErrMalformed, len(body), 1+n)
	}
	l := &s.links[slot]
	var reported bitset256
	for i := 0; i < s.k+s.m; i++ {
		if body[1+i>>3]&(1<<(i&7)) != 0 {
			reported.set(i)
			l.peer.set(i)
		}
	}
	if body[0]&haveFlagStalled != 0 {
		// The peer is stuck: what we sent it and it does not hold was lost.
		for w := range l.sent {
			l.sent[w] &= reported[w]
		}
	}
	return nil
}

func (s *rsSession) PeerDone(slot int) {
	for i := 0; i < s.k+s.m; i++ {
		s.links[slot].peer.set(i)
	}
}

// Emit sends the least-allocated shard the peer lacks, until the peer holds or has
// been sent k shards.
func (s *rsSession) Emit(slot int, dst []byte) ([]byte, bool) {
	if s.failed {
		return dst, false
	}
	l := &s.links[slot]
	known := l.peer.or(l.sent)
	if known.count() >= s.k {
		return dst, false
	}
	n := s.k + s.m
	mult := s.env.cfg.RSForward
	if s.c < s.env.cfg.ForwardMinChunk {
		mult = 0 // small chunks: latency-bound, forward to every peer that lacks them
	}
	best, bestAlloc := -1, 0
	off := (slot * 7) % n // spread ties differently per peer
	for j := 0; j < n; j++ {
		i := j + off
		if i >= n {
			i -= n
		}
		if !s.have.has(i) || known.has(i) {
			continue
		}
		if !s.done && mult > 0 && int(s.allocs[i]) >= mult {
			continue // a relay forwards each shard to at most mult peers
		}
		if a := int(s.allocs[i]); best < 0 || a < bestAlloc {
			best, bestAlloc = i, a
		}
	}
	if best < 0 {
		return dst, false
	}
	l.sent.set(best)
	if s.allocs[best] < 0xFFFF {
		s.allocs[best]++
	}
	dst = binary.BigEndian.AppendUint16(dst, uint16(best))
	return append(dst, s.shards[best]...), true
}

func (s *rsSession) EmitSize() int { return 2 + s.c }

func (s *rsSession) HaveDue(int) bool { return false }

// AppendHave writes flags (bit 0: stalled) and the bitmap of held shards.
func (s *rsSession) AppendHave(_ int, stalled bool, dst []byte) []byte {
	flags := byte(0)
	if stalled {
		flags = haveFlagStalled
	}
	dst = append(dst, flags)
	n := (s.k + s.m + 7) / 8
	for i := 0; i < n; i++ {
		dst = append(dst, byte(s.have[i>>3]>>((i&7)*8)))
	}
	return dst
}

func (s *rsSession) Progress() (int, int) { return min(s.count, s.k), s.k }
func (s *rsSession) Complete() bool       { return s.done }
func (s *rsSession) Message() []byte {
	if !s.done {
		return nil
	}
	return s.buf[:s.size:s.size]
}
func (s *rsSession) Release() { s.buf, s.shards, s.links = nil, nil, nil }
