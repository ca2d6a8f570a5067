package verified

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"

	"filippo.io/edwards25519"
)

// Signer signs session headers for a publisher. The adapters plug in the chain's
// own key (secp256k1 for a geth sequencer, BLS for a beacon proposer, the
// validator key for CometBFT); Ed25519Signer is the default.
type Signer interface {
	// PublicKey returns the key a Verifier checks signatures against; it is
	// carried in the header (at most MaxKeySize bytes).
	PublicKey() []byte
	// Sign signs msg. msg is already domain-separated and context-bound.
	Sign(msg []byte) ([]byte, error)
}

// Verifier checks header signatures and decides which publisher keys are
// accepted (for example: the expected block proposer only).
type Verifier interface {
	// Verify returns nil if sig is a valid signature of msg under publicKey and
	// publicKey may publish; any error rejects the header.
	Verify(publicKey, msg, sig []byte) error
}

// Limits on header fields.
const (
	// MaxChunks is the largest number of source chunks N in one session.
	MaxChunks = 256
	// MaxKeySize and MaxSignatureSize bound the signer's key and signature.
	MaxKeySize       = 256
	MaxSignatureSize = 256
	// headerVersion is the only header encoding this package reads and writes.
	headerVersion = 1
)

var headerMagic = [4]byte{'w', 'f', 'v', 'h'}

const headerSignDomain = "weft/rlnc/verified/v1/header"

// Ed25519Signer signs with an Ed25519 private key.
type Ed25519Signer struct{ Key ed25519.PrivateKey }

// PublicKey returns the Ed25519 public key.
func (s Ed25519Signer) PublicKey() []byte {
	pub, ok := s.Key.Public().(ed25519.PublicKey)
	if !ok {
		return nil
	}
	return pub
}

// Sign signs msg with Ed25519.
func (s Ed25519Signer) Sign(msg []byte) ([]byte, error) {
	if len(s.Key) != ed25519.PrivateKeySize {
		return nil, fmt.Errorf("%w: ed25519 private key of %d bytes", ErrInvalidParams, len(s.Key))
	}
	return ed25519.Sign(s.Key, msg), nil
}

// Ed25519Verifier accepts Ed25519 signatures by the listed keys, or by any key
// when AnyKey is set (permissionless publishing; the message id must then be
// checked against the content by the host).
type Ed25519Verifier struct {
	Keys   []ed25519.PublicKey
	AnyKey bool
}

var errUnknownKey = errors.New("publisher key not accepted")

// Verify checks an Ed25519 signature.
func (v Ed25519Verifier) Verify(publicKey, msg, sig []byte) error {
	if len(publicKey) != ed25519.PublicKeySize {
		return fmt.Errorf("ed25519 public key of %d bytes", len(publicKey))
	}
	if !v.AnyKey {
		known := false
		for _, k := range v.Keys {
			if bytes.Equal(k, publicKey) {
				known = true
				break
			}
		}
		if !known {
			return errUnknownKey
		}
	}
	if len(sig) != ed25519.SignatureSize || !ed25519.Verify(publicKey, msg, sig) {
		return errors.New("ed25519 signature does not verify")
	}
	return nil
}

// Header describes one session (one message): it is signed once by the
// publisher and sent once per peer, so a chunk on the wire carries only its
// session tag and coefficients.
//
// Wire encoding (little-endian):
//
//	"wfvh" | version u8 | message id [32] | epoch u64 | size u64 | chunks u16 |
//	coeffBits u8 | commitments [chunks][32] | key len u16 | key | sig len u16 | sig
//
// The signature covers "weft/rlnc/verified/v1/header" | len(context) u16 |
// context | the encoding up to and including the key. A Header returned by
// ParseHeader or Encoder.Commit is immutable.
type Header struct {
	// MessageID names the message (for example a block hash); chosen by the host.
	MessageID [32]byte
	// Epoch is the publisher's time slot; ParseHeader rejects headers outside the
	// caller's window as replays.
	Epoch uint64
	// Size is the message length in bytes.
	Size int
	// Chunks is N, the number of source chunks.
	Chunks int
	// CoeffBits is the width (8 or 16) of the publisher's seeded coefficients.
	CoeffBits int
	// Commitments are the Ristretto255 Pedersen commitments to the N source chunks.
	Commitments [][32]byte
	// PublicKey and Signature are the publisher's.
	PublicKey []byte
	Signature []byte

	raw     []byte // full encoding
	session [32]byte
	comm    []*edwards25519.Point
}

// ChunkScalars returns L, the number of 31-byte scalars in every chunk of a
// message of size bytes split into n chunks (at least 1).
func ChunkScalars(size, n int) int {
	if n < 1 || size < 0 {
		return 0
	}
	scalars := (size + dataBytes - 1) / dataBytes
	l := (scalars + n - 1) / n
	return max(l, 1)
}

// ChunkScalars returns L for this header.
func (h *Header) ChunkScalars() int { return ChunkScalars(h.Size, h.Chunks) }

// SessionID is SHA-512/256 of the signed part of the header: it names the
// session and binds every chunk to these commitments.
func (h *Header) SessionID() [32]byte { return h.session }

// Tag is the first 8 bytes of the session id, carried by every packet.
func (h *Header) Tag() uint64 { return binary.LittleEndian.Uint64(h.session[:8]) }

// Bytes returns the header's encoding (shared; do not modify).
func (h *Header) Bytes() []byte { return h.raw }

// PacketOverhead returns the bytes a packet of this session carries besides its
// payload, by coefficient kind, in the binary form of Packet.AppendBinary.
func (h *Header) PacketOverhead(kind CoeffKind) int {
	if kind == CoeffExplicit {
		return packetFixed + h.Chunks*scalarBytes
	}
	return packetFixed
}

func headerSignedBytes(context, body []byte) []byte {
	m := make([]byte, 0, len(headerSignDomain)+2+len(context)+len(body))
	m = append(m, headerSignDomain...)
	m = binary.LittleEndian.AppendUint16(m, uint16(len(context)))
	m = append(m, context...)
	return append(m, body...)
}

// HeaderOption configures ParseHeader.
type HeaderOption func(*headerOptions) error

type headerOptions struct {
	context            []byte
	minEpoch, maxEpoch uint64
	maxSize            int
}

// WithContext binds signatures to a context (a network or topic name): a header
// signed for another context fails with ErrBadSignature. The publisher must sign
// with the same context (Session.Context in Encoder.Commit).
func WithContext(ctx []byte) HeaderOption {
	return func(o *headerOptions) error {
		if len(ctx) > 0xffff {
			return fmt.Errorf("%w: context of %d bytes", ErrInvalidParams, len(ctx))
		}
		o.context = ctx
		return nil
	}
}

// WithEpochs accepts only headers whose Epoch is in [lo, hi]; others fail with
// ErrReplayedHeader. The default accepts every epoch.
func WithEpochs(lo, hi uint64) HeaderOption {
	return func(o *headerOptions) error {
		if lo > hi {
			return fmt.Errorf("%w: epoch window [%d, %d]", ErrInvalidParams, lo, hi)
		}
		o.minEpoch, o.maxEpoch = lo, hi
		return nil
	}
}

// WithMaxSize rejects headers announcing messages over n bytes (ErrTooLarge).
// The default is 64 MiB.
func WithMaxSize(n int) HeaderOption {
	return func(o *headerOptions) error {
		if n < 0 {
			return fmt.Errorf("%w: max size %d", ErrInvalidParams, n)
		}
		o.maxSize = n
		return nil
	}
}

// DefaultMaxSize is the largest message ParseHeader accepts without WithMaxSize.
const DefaultMaxSize = 64 << 20

// ParseHeader decodes and checks a session header: its encoding, every
// commitment (canonical Ristretto255 encodings of group elements), the signature
// (through v), and the epoch window. The returned Header keeps a copy of b.
// Errors: ErrMalformed, ErrTooLarge, ErrNonCanonical, ErrNotInGroup,
// ErrBadSignature, ErrReplayedHeader, ErrInvalidParams (a bad option or nil v).
// Safe for concurrent use.
func ParseHeader(b []byte, v Verifier, opts ...HeaderOption) (*Header, error) {
	o := headerOptions{maxEpoch: ^uint64(0), maxSize: DefaultMaxSize}
	for _, opt := range opts {
		if err := opt(&o); err != nil {
			return nil, err
		}
	}
	if v == nil {
		return nil, fmt.Errorf("%w: nil Verifier", ErrInvalidParams)
	}
	h, signedLen, err := decodeHeader(b, o.maxSize)
	if err != nil {
		return nil, err
	}
	if err := v.Verify(h.PublicKey, headerSignedBytes(o.context, b[:signedLen]), h.Signature); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	if h.Epoch < o.minEpoch || h.Epoch > o.maxEpoch {
		return nil, fmt.Errorf("%w: epoch %d outside [%d, %d]", ErrReplayedHeader, h.Epoch, o.minEpoch, o.maxEpoch)
	}
	return h, nil
}

// decodeHeader parses everything but the signature check.
func decodeHeader(b []byte, maxSize int) (*Header, int, error) {
	const fixed = 4 + 1 + 32 + 8 + 8 + 2 + 1
	if len(b) < fixed {
		return nil, 0, fmt.Errorf("%w: header of %d bytes, need at least %d", ErrMalformed, len(b), fixed)
	}
	if !bytes.Equal(b[:4], headerMagic[:]) {
		return nil, 0, fmt.Errorf("%w: bad header magic", ErrMalformed)
	}
	if b[4] != headerVersion {
		return nil, 0, fmt.Errorf("%w: header version %d", ErrMalformed, b[4])
	}
	h := &Header{}
	copy(h.MessageID[:], b[5:37])
	h.Epoch = binary.LittleEndian.Uint64(b[37:])
	size := binary.LittleEndian.Uint64(b[45:])
	if size > uint64(maxSize) {
		return nil, 0, fmt.Errorf("%w: message of %d bytes, limit %d", ErrTooLarge, size, maxSize)
	}
	h.Size = int(size)
	h.Chunks = int(binary.LittleEndian.Uint16(b[53:]))
	if h.Chunks < 1 || h.Chunks > MaxChunks {
		return nil, 0, fmt.Errorf("%w: %d chunks, want 1..%d", ErrMalformed, h.Chunks, MaxChunks)
	}
	h.CoeffBits = int(b[55])
	if h.CoeffBits != 8 && h.CoeffBits != 16 {
		return nil, 0, fmt.Errorf("%w: coefficient width %d", ErrMalformed, h.CoeffBits)
	}
	if ChunkScalars(h.Size, h.Chunks) > MaxChunkScalars {
		return nil, 0, fmt.Errorf("%w: chunks of %d scalars, limit %d", ErrTooLarge, ChunkScalars(h.Size, h.Chunks), MaxChunkScalars)
	}
	off := fixed
	if len(b) < off+32*h.Chunks+2 {
		return nil, 0, fmt.Errorf("%w: header truncated in commitments", ErrMalformed)
	}
	h.Commitments = make([][32]byte, h.Chunks)
	h.comm = make([]*edwards25519.Point, h.Chunks)
	for i := range h.Commitments {
		copy(h.Commitments[i][:], b[off:off+32])
		var p point
		if err := decodePoint(&p, b[off:off+32]); err != nil {
			return nil, 0, fmt.Errorf("commitment %d: %w", i, err)
		}
		h.comm[i] = p.toEdwards()
		off += 32
	}
	kl := int(binary.LittleEndian.Uint16(b[off:]))
	off += 2
	if kl > MaxKeySize || len(b) < off+kl+2 {
		return nil, 0, fmt.Errorf("%w: public key of %d bytes", ErrMalformed, kl)
	}
	h.PublicKey = append([]byte(nil), b[off:off+kl]...)
	off += kl
	signedLen := off
	sl := int(binary.LittleEndian.Uint16(b[off:]))
	off += 2
	if sl > MaxSignatureSize || len(b) != off+sl {
		return nil, 0, fmt.Errorf("%w: signature of %d bytes in %d remaining", ErrMalformed, sl, len(b)-off)
	}
	h.Signature = append([]byte(nil), b[off:off+sl]...)
	h.raw = append([]byte(nil), b...)
	h.session = sha512.Sum512_256(b[:signedLen])
	return h, signedLen, nil
}

// decodePoint decodes a Ristretto255 encoding, telling non-canonical encodings
// (ErrNonCanonical) from strings that encode no group element (ErrNotInGroup).
func decodePoint(p *point, b []byte) error {
	if p.decodeRistretto(b) {
		return nil
	}
	if len(b) != 32 {
		return fmt.Errorf("%w: point of %d bytes", ErrMalformed, len(b))
	}
	// A field element ≥ p, a set top bit, or a negative s is a non-canonical
	// encoding; anything else that failed is not a point of the group.
	if b[31]&0x80 != 0 || b[0]&1 == 1 || !feCanonical(b) {
		return fmt.Errorf("%w: point encoding %x", ErrNonCanonical, b)
	}
	return fmt.Errorf("%w: %x", ErrNotInGroup, b)
}

// feCanonical reports whether b (32 bytes, top bit clear) is below 2^255-19.
func feCanonical(b []byte) bool {
	if b[31] != 0x7f {
		return true
	}
	for i := 30; i >= 1; i-- {
		if b[i] != 0xff {
			return true
		}
	}
	return b[0] < 0xed
}

// encodeHeader builds and signs a header.
func encodeHeader(h *Header, context []byte, s Signer) error {
	pub := s.PublicKey()
	if len(pub) > MaxKeySize {
		return fmt.Errorf("%w: public key of %d bytes", ErrInvalidParams, len(pub))
	}
	b := make([]byte, 0, 64+32*h.Chunks+len(pub)+2+MaxSignatureSize)
	b = append(b, headerMagic[:]...)
	b = append(b, headerVersion)
	b = append(b, h.MessageID[:]...)
	b = binary.LittleEndian.AppendUint64(b, h.Epoch)
	b = binary.LittleEndian.AppendUint64(b, uint64(h.Size))
	b = binary.LittleEndian.AppendUint16(b, uint16(h.Chunks))
	b = append(b, byte(h.CoeffBits))
	for i := range h.Commitments {
		b = append(b, h.Commitments[i][:]...)
	}
	b = binary.LittleEndian.AppendUint16(b, uint16(len(pub)))
	b = append(b, pub...)
	signedLen := len(b)
	sig, err := s.Sign(headerSignedBytes(context, b))
	if err != nil {
		return fmt.Errorf("signing header: %w", err)
	}
	if len(sig) > MaxSignatureSize {
		return fmt.Errorf("%w: signature of %d bytes", ErrInvalidParams, len(sig))
	}
	b = binary.LittleEndian.AppendUint16(b, uint16(len(sig)))
	b = append(b, sig...)
	h.PublicKey = append([]byte(nil), pub...)
	h.Signature = sig
	h.raw = b
	h.session = sha512.Sum512_256(b[:signedLen])
	return nil
}
