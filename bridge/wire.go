package bridge

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/weftnet/weft/contracts"
)

// VoucherSize is the encoded size of a signed voucher.
const VoucherSize = 20 + 20 + 20 + 16 + 8 + 8 + 65

// ErrBadVoucherEncoding reports a voucher message of the wrong size or content.
var ErrBadVoucherEncoding = errors.New("bridge: malformed voucher encoding")

// EncodeVoucher encodes a signed voucher for the wire (payer, relay, token,
// cumulative as 16 big-endian bytes, epoch and expiry as 8 big-endian bytes each,
// then the 65-byte signature): how a payer sends vouchers to a relay.
func EncodeVoucher(sv contracts.SignedVoucher) ([]byte, error) {
	v := sv.Voucher
	if v.Cumulative == nil || v.Cumulative.Sign() < 0 || v.Cumulative.BitLen() > 128 {
		return nil, fmt.Errorf("%w: amount out of range", ErrBadVoucherEncoding)
	}
	if len(sv.Sig) != 65 {
		return nil, fmt.Errorf("%w: signature length %d", ErrBadVoucherEncoding, len(sv.Sig))
	}
	b := make([]byte, 0, VoucherSize)
	b = append(b, v.Payer[:]...)
	b = append(b, v.Relay[:]...)
	b = append(b, v.Token[:]...)
	b = append(b, common.LeftPadBytes(v.Cumulative.Bytes(), 16)...)
	b = binary.BigEndian.AppendUint64(b, v.Epoch)
	b = binary.BigEndian.AppendUint64(b, v.Expiry)
	return append(b, sv.Sig...), nil
}

// DecodeVoucher is the inverse of EncodeVoucher. It does not verify the signature
// (Collector.Accept does).
func DecodeVoucher(b []byte) (contracts.SignedVoucher, error) {
	if len(b) != VoucherSize {
		return contracts.SignedVoucher{}, fmt.Errorf("%w: %d bytes, want %d", ErrBadVoucherEncoding, len(b), VoucherSize)
	}
	var v contracts.Voucher
	v.Payer = common.BytesToAddress(b[0:20])
	v.Relay = common.BytesToAddress(b[20:40])
	v.Token = common.BytesToAddress(b[40:60])
	v.Cumulative = new(big.Int).SetBytes(b[60:76])
	v.Epoch = binary.BigEndian.Uint64(b[76:84])
	v.Expiry = binary.BigEndian.Uint64(b[84:92])
	return contracts.SignedVoucher{Voucher: v, Sig: append([]byte{}, b[92:]...)}, nil
}
