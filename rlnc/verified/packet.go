package verified

import (
	"crypto/sha3"
	"encoding/binary"
	"fmt"
)

// CoeffKind says how a packet names its coefficient vector.
type CoeffKind uint8

const (
	// CoeffExplicit: Packet.Coeffs holds N canonical 32-byte scalars. Recoded
	// packets are explicit (full-scalar coefficients).
	CoeffExplicit CoeffKind = iota
	// CoeffSeeded: the coefficients are N small (Header.CoeffBits wide) values
	// expanded from Packet.Seed and the session id, so the packet carries 4 bytes
	// instead of N·32. Only the publisher sends seeded packets.
	CoeffSeeded
	// CoeffSystematic: the packet is source chunk Packet.Seed itself.
	CoeffSystematic
	// CoeffCompact: Packet.Coeffs holds N coefficients of Packet.Seed bytes each
	// (1..32, little-endian; 32-byte values must be canonical). A relay recoding
	// with small mixing coefficients (WithRecodeBits) sends these: over the
	// publisher's small coefficients they stay a few bytes wide for several hops.
	CoeffCompact
)

func (c CoeffKind) String() string {
	switch c {
	case CoeffExplicit:
		return "explicit"
	case CoeffSeeded:
		return "seeded"
	case CoeffSystematic:
		return "systematic"
	case CoeffCompact:
		return "compact"
	}
	return fmt.Sprintf("kind(%d)", uint8(c))
}

// Packet is one coded chunk of a session.
//
// The codec never keeps a reference to a Packet's slices after a call returns:
// what it keeps it parses into its own memory. When a codec method fills a
// Packet, it overwrites p.Payload and p.Coeffs, reusing their capacity when it
// suffices (Payload: 32·L bytes; Coeffs: 32·N bytes for explicit packets).
type Packet struct {
	// Session is the session tag (Header.Tag) the packet belongs to.
	Session uint64
	// Kind says which of Seed or Coeffs names the coefficients.
	Kind CoeffKind
	// Seed is the coefficient seed (CoeffSeeded), the chunk index
	// (CoeffSystematic) or the coefficient width in bytes (CoeffCompact).
	Seed uint32
	// Coeffs holds N canonical little-endian 32-byte scalars (CoeffExplicit) or
	// N Seed-byte values (CoeffCompact); empty otherwise.
	Coeffs []byte
	// Payload holds L canonical little-endian 32-byte scalars.
	Payload []byte
}

// packetFixed is the size of a packet's binary form besides coefficients and payload:
// version u8 | kind u8 | session u64 | seed u32 | coefficient count u16.
const packetFixed = 16

const packetVersion = 1

// AppendBinary appends p's binary form:
//
//	version u8 (1) | kind u8 | session u64 | seed u32 | n u16 | coeffs [n][w] | payload
//
// where w is 32, or Seed for CoeffCompact.
func (p *Packet) AppendBinary(b []byte) ([]byte, error) {
	w := coeffWidth(p.Kind, p.Seed)
	if w == 0 || len(p.Coeffs)%w != 0 || len(p.Coeffs)/w > MaxChunks {
		return b, fmt.Errorf("%w: %d coefficient bytes of width %d", ErrMalformed, len(p.Coeffs), w)
	}
	b = append(b, packetVersion, byte(p.Kind))
	b = binary.LittleEndian.AppendUint64(b, p.Session)
	b = binary.LittleEndian.AppendUint32(b, p.Seed)
	b = binary.LittleEndian.AppendUint16(b, uint16(len(p.Coeffs)/w))
	b = append(b, p.Coeffs...)
	return append(b, p.Payload...), nil
}

// coeffWidth is the size of one coefficient in Coeffs: Seed for compact
// packets (0 when out of range), 32 otherwise.
func coeffWidth(kind CoeffKind, seed uint32) int {
	if kind != CoeffCompact {
		return scalarBytes
	}
	if seed < 1 || seed > scalarBytes {
		return 0
	}
	return int(seed)
}

// UnmarshalBinary sets p from its binary form. p.Coeffs and p.Payload alias b.
// It checks only the framing (ErrMalformed); the Decoder checks the rest.
func (p *Packet) UnmarshalBinary(b []byte) error {
	if len(b) < packetFixed {
		return fmt.Errorf("%w: packet of %d bytes", ErrMalformed, len(b))
	}
	if b[0] != packetVersion {
		return fmt.Errorf("%w: packet version %d", ErrMalformed, b[0])
	}
	kind := CoeffKind(b[1])
	seed := binary.LittleEndian.Uint32(b[10:])
	w := coeffWidth(kind, seed)
	if w == 0 {
		return fmt.Errorf("%w: compact coefficient width %d", ErrMalformed, seed)
	}
	n := int(binary.LittleEndian.Uint16(b[14:]))
	if len(b) < packetFixed+n*w {
		return fmt.Errorf("%w: packet truncated in coefficients", ErrMalformed)
	}
	p.Kind = kind
	p.Session = binary.LittleEndian.Uint64(b[2:])
	p.Seed = seed
	// Capacities end where each part ends, so that reusing p (Recode grows
	// Coeffs and Payload in place) can never write one part over the other.
	p.Coeffs = b[packetFixed : packetFixed+n*w : packetFixed+n*w]
	p.Payload = b[packetFixed+n*w : len(b) : len(b)]
	return nil
}

// seedDomain separates seeded coefficient expansion from other hashes.
const seedDomain = "weft/rlnc/verified/v1/seed"

// expandSeed writes the n small coefficients of a seeded packet: SHAKE128 of the
// domain, the session id and the seed, read as bits-wide little-endian values.
func expandSeed(session *[32]byte, seed uint32, bits int, dst []uint64) {
	x := sha3.NewSHAKE128()
	_, _ = x.Write([]byte(seedDomain))
	_, _ = x.Write(session[:])
	var s [4]byte
	binary.LittleEndian.PutUint32(s[:], seed)
	_, _ = x.Write(s[:])
	w := bits / 8
	buf := make([]byte, w*len(dst))
	_, _ = x.Read(buf)
	for i := range dst {
		if w == 1 {
			dst[i] = uint64(buf[i])
		} else {
			dst[i] = uint64(binary.LittleEndian.Uint16(buf[2*i:]))
		}
	}
}
