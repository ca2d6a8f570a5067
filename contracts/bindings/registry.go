// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// EquivocationDisputesSignedRecord is an auto generated low-level Go binding around an user-defined struct.
type EquivocationDisputesSignedRecord struct {
	Operator   common.Address
	RecordHash [32]byte
	Signature  []byte
}

// EquivocationDisputesMetaData contains all meta data concerning the EquivocationDisputes contract.
var EquivocationDisputesMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractINodeRegistrySlashing\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"}],\"name\":\"AlreadyProven\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"NotSignedByNode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameRecord\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"penalty\",\"type\":\"uint256\"}],\"name\":\"EquivocationProven\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structEquivocationDisputes.SignedRecord\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structEquivocationDisputes.SignedRecord\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"proveEquivocation\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"penalty\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"}],\"name\":\"proven\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractINodeRegistrySlashing\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "03cbb611a4f1f9bbd7ec1ec14099418c89",
	Bin: "0x60a034607457601f61091738819003918201601f19168301916001600160401b03831184841017607857808492602094604052833981010312607457516001600160a01b038116810360745760805260405161088a908161008d8239608051818181610227015281816103a1015261059f0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c8063775ba798146103c55780637b103999146103575763e3e5a7d91461003a575f80fd5b346102cb5760807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102cb57610071610449565b61007961046c565b9060443567ffffffffffffffff81116102cb57806004019160607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc83360301126102cb5760643567ffffffffffffffff81116102cb57806004019260607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc83360301126102cb5761010985610483565b73ffffffffffffffffffffffffffffffffffffffff8061012887610483565b169116149182610344575b505061031c5773ffffffffffffffffffffffffffffffffffffffff811692835f525f60205260405f2067ffffffffffffffff86165f5260205260ff60405f2054166102e2578161018986928361018e9695610512565b610512565b805f525f60205260405f2067ffffffffffffffff83165f5260205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00825416179055604051917f7aeccce90000000000000000000000000000000000000000000000000000000083528160048401523360248401526020836044815f73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165af19182156102d7575f9261029e575b6020935067ffffffffffffffff6040519216825282848301527fe65edb3d394c1d9727fe5b0ec628a188b5db3a274dc28139c25d330233612c0860403393a3604051908152f35b91506020833d6020116102cf575b816102b9602093836104a4565b810103126102cb576020925191610257565b5f80fd5b3d91506102ac565b6040513d5f823e3d90fd5b67ffffffffffffffff85857f2ed60a8e000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b7fa6f61640000000000000000000000000000000000000000000000000000000005f5260045ffd5b6024919250810135910135145f80610133565b346102cb575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102cb57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102cb5760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102cb576103fc610449565b73ffffffffffffffffffffffffffffffffffffffff61041961046c565b91165f525f60205267ffffffffffffffff60405f2091165f52602052602060ff60405f2054166040519015158152f35b6004359073ffffffffffffffffffffffffffffffffffffffff821682036102cb57565b6024359067ffffffffffffffff821682036102cb57565b3573ffffffffffffffffffffffffffffffffffffffff811681036102cb5790565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176104e557604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b909167ffffffffffffffff61052682610483565b9373ffffffffffffffffffffffffffffffffffffffff80604051957fd22e15cf00000000000000000000000000000000000000000000000000000000875216958660048701521660248501521660448301526020810135606483015260208260848173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa9182156102d7575f92610685575b506040810135907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1813603018212156102cb57019081359167ffffffffffffffff83116102cb576020019082360382136102cb5773ffffffffffffffffffffffffffffffffffffffff9261064f92610646926106b9565b909291926106ed565b1690810361065a5750565b7f3f5473f0000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9091506020813d6020116106b1575b816106a1602093836104a4565b810103126102cb5751905f6105cf565b3d9150610694565b90604183036106e3576106dc9250602081013591604082359201355f1a906107c5565b9192909190565b50505f9160029190565b600481101561079857806106ff575050565b6001810361072f577ff645eedf000000000000000000000000000000000000000000000000000000005f5260045ffd5b6002810361076357507ffce698f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60031461076d5750565b7fd78bce0c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411610849579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156102d7575f5173ffffffffffffffffffffffffffffffffffffffff81161561083f57905f905f90565b505f906001905f90565b5050505f916003919056fea26469706673582212207c87e9b0a9a9cde989c302b381302025fe9f356da379e8ee43b969ffb72319f464736f6c63430008250033",
}

// EquivocationDisputes is an auto generated Go binding around an Ethereum contract.
type EquivocationDisputes struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *EquivocationDisputes) GetABI() abi.ABI {
	return c.abi
}

// NewEquivocationDisputes creates a new instance of EquivocationDisputes.
func NewEquivocationDisputes() *EquivocationDisputes {
	parsed, err := EquivocationDisputesMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &EquivocationDisputes{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *EquivocationDisputes) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_) returns()
func (equivocationDisputes *EquivocationDisputes) PackConstructor(registry_ common.Address) []byte {
	enc, err := equivocationDisputes.abi.Pack("", registry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackProveEquivocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3e5a7d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveEquivocation(address node, uint64 seq, (address,bytes32,bytes) a, (address,bytes32,bytes) b) returns(uint256 penalty)
func (equivocationDisputes *EquivocationDisputes) PackProveEquivocation(node common.Address, seq uint64, a EquivocationDisputesSignedRecord, b EquivocationDisputesSignedRecord) []byte {
	enc, err := equivocationDisputes.abi.Pack("proveEquivocation", node, seq, a, b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveEquivocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3e5a7d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveEquivocation(address node, uint64 seq, (address,bytes32,bytes) a, (address,bytes32,bytes) b) returns(uint256 penalty)
func (equivocationDisputes *EquivocationDisputes) TryPackProveEquivocation(node common.Address, seq uint64, a EquivocationDisputesSignedRecord, b EquivocationDisputesSignedRecord) ([]byte, error) {
	return equivocationDisputes.abi.Pack("proveEquivocation", node, seq, a, b)
}

// UnpackProveEquivocation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3e5a7d9.
//
// Solidity: function proveEquivocation(address node, uint64 seq, (address,bytes32,bytes) a, (address,bytes32,bytes) b) returns(uint256 penalty)
func (equivocationDisputes *EquivocationDisputes) UnpackProveEquivocation(data []byte) (*big.Int, error) {
	out, err := equivocationDisputes.abi.Unpack("proveEquivocation", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProven is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x775ba798.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proven(address node, uint64 seq) view returns(bool)
func (equivocationDisputes *EquivocationDisputes) PackProven(node common.Address, seq uint64) []byte {
	enc, err := equivocationDisputes.abi.Pack("proven", node, seq)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProven is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x775ba798.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proven(address node, uint64 seq) view returns(bool)
func (equivocationDisputes *EquivocationDisputes) TryPackProven(node common.Address, seq uint64) ([]byte, error) {
	return equivocationDisputes.abi.Pack("proven", node, seq)
}

// UnpackProven is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x775ba798.
//
// Solidity: function proven(address node, uint64 seq) view returns(bool)
func (equivocationDisputes *EquivocationDisputes) UnpackProven(data []byte) (bool, error) {
	out, err := equivocationDisputes.abi.Unpack("proven", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (equivocationDisputes *EquivocationDisputes) PackRegistry() []byte {
	enc, err := equivocationDisputes.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (equivocationDisputes *EquivocationDisputes) TryPackRegistry() ([]byte, error) {
	return equivocationDisputes.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (equivocationDisputes *EquivocationDisputes) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := equivocationDisputes.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// EquivocationDisputesEquivocationProven represents a EquivocationProven event raised by the EquivocationDisputes contract.
type EquivocationDisputesEquivocationProven struct {
	Node     common.Address
	Seq      uint64
	Reporter common.Address
	Penalty  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const EquivocationDisputesEquivocationProvenEventName = "EquivocationProven"

// ContractEventName returns the user-defined event name.
func (EquivocationDisputesEquivocationProven) ContractEventName() string {
	return EquivocationDisputesEquivocationProvenEventName
}

// UnpackEquivocationProvenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EquivocationProven(address indexed node, uint64 seq, address indexed reporter, uint256 penalty)
func (equivocationDisputes *EquivocationDisputes) UnpackEquivocationProvenEvent(log *types.Log) (*EquivocationDisputesEquivocationProven, error) {
	event := "EquivocationProven"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != equivocationDisputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EquivocationDisputesEquivocationProven)
	if len(log.Data) > 0 {
		if err := equivocationDisputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range equivocationDisputes.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (equivocationDisputes *EquivocationDisputes) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], equivocationDisputes.abi.Errors["AlreadyProven"].ID.Bytes()[:4]) {
		return equivocationDisputes.UnpackAlreadyProvenError(raw[4:])
	}
	if bytes.Equal(raw[:4], equivocationDisputes.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return equivocationDisputes.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], equivocationDisputes.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return equivocationDisputes.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], equivocationDisputes.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return equivocationDisputes.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], equivocationDisputes.abi.Errors["NotSignedByNode"].ID.Bytes()[:4]) {
		return equivocationDisputes.UnpackNotSignedByNodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], equivocationDisputes.abi.Errors["SameRecord"].ID.Bytes()[:4]) {
		return equivocationDisputes.UnpackSameRecordError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EquivocationDisputesAlreadyProven represents a AlreadyProven error raised by the EquivocationDisputes contract.
type EquivocationDisputesAlreadyProven struct {
	Node common.Address
	Seq  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyProven(address node, uint64 seq)
func EquivocationDisputesAlreadyProvenErrorID() common.Hash {
	return common.HexToHash("0x2ed60a8edf99233ee5e541af110b5ab9f9ee54ba702a9364ddaa3648873e75d6")
}

// UnpackAlreadyProvenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyProven(address node, uint64 seq)
func (equivocationDisputes *EquivocationDisputes) UnpackAlreadyProvenError(raw []byte) (*EquivocationDisputesAlreadyProven, error) {
	out := new(EquivocationDisputesAlreadyProven)
	if err := equivocationDisputes.abi.UnpackIntoInterface(out, "AlreadyProven", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EquivocationDisputesECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the EquivocationDisputes contract.
type EquivocationDisputesECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func EquivocationDisputesECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (equivocationDisputes *EquivocationDisputes) UnpackECDSAInvalidSignatureError(raw []byte) (*EquivocationDisputesECDSAInvalidSignature, error) {
	out := new(EquivocationDisputesECDSAInvalidSignature)
	if err := equivocationDisputes.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EquivocationDisputesECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the EquivocationDisputes contract.
type EquivocationDisputesECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func EquivocationDisputesECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (equivocationDisputes *EquivocationDisputes) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*EquivocationDisputesECDSAInvalidSignatureLength, error) {
	out := new(EquivocationDisputesECDSAInvalidSignatureLength)
	if err := equivocationDisputes.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EquivocationDisputesECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the EquivocationDisputes contract.
type EquivocationDisputesECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func EquivocationDisputesECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (equivocationDisputes *EquivocationDisputes) UnpackECDSAInvalidSignatureSError(raw []byte) (*EquivocationDisputesECDSAInvalidSignatureS, error) {
	out := new(EquivocationDisputesECDSAInvalidSignatureS)
	if err := equivocationDisputes.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EquivocationDisputesNotSignedByNode represents a NotSignedByNode error raised by the EquivocationDisputes contract.
type EquivocationDisputesNotSignedByNode struct {
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSignedByNode(address recovered)
func EquivocationDisputesNotSignedByNodeErrorID() common.Hash {
	return common.HexToHash("0x3f5473f057453d782a38b3b817bb6fd431723264bfaa1c7770e9d96314d067c5")
}

// UnpackNotSignedByNodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSignedByNode(address recovered)
func (equivocationDisputes *EquivocationDisputes) UnpackNotSignedByNodeError(raw []byte) (*EquivocationDisputesNotSignedByNode, error) {
	out := new(EquivocationDisputesNotSignedByNode)
	if err := equivocationDisputes.abi.UnpackIntoInterface(out, "NotSignedByNode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EquivocationDisputesSameRecord represents a SameRecord error raised by the EquivocationDisputes contract.
type EquivocationDisputesSameRecord struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameRecord()
func EquivocationDisputesSameRecordErrorID() common.Hash {
	return common.HexToHash("0xa6f616407257f99b95ded5c48f9e581a87cc98e9464fe074f6c0b5d16660880b")
}

// UnpackSameRecordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameRecord()
func (equivocationDisputes *EquivocationDisputes) UnpackSameRecordError(raw []byte) (*EquivocationDisputesSameRecord, error) {
	out := new(EquivocationDisputesSameRecord)
	if err := equivocationDisputes.abi.UnpackIntoInterface(out, "SameRecord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryMetaData contains all meta data concerning the NodeRegistry contract.
var NodeRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"maxPenalty_\",\"type\":\"uint128\"},{\"internalType\":\"uint16\",\"name\":\"reporterRewardBps_\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"BadNodeSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadParameter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDisputes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"RecordTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"given\",\"type\":\"uint64\"}],\"name\":\"SequenceNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"StillUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"}],\"name\":\"NodeRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"NodeRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"}],\"name\":\"RecordUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RewardWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"penalty\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"name\":\"UnbondRequested\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_RECORD_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NODE_RECORD_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputes\",\"outputs\":[{\"internalType\":\"contractEquivocationDisputes\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxPenalty\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"nodeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"nodeInfo\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"}],\"name\":\"recordDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"recordHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"remove\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reporterRewardBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestUnbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"resolve\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"nodes\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"seqs\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"hashes\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"rewards\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"penalty\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"releaseAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"updateRecord\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawReward\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "7bd3d81a90c562d62f712a827a90447b2f",
	Bin: "0x6101e0806040523461027157606081612c2b80380380916100208285610275565b8339810103126102715780516001600160401b0381169190828103610271576020820151916001600160801b0383169081840361027157604001519361ffff85169081860361027157604051610077604082610275565b6011815260208101907077656674204e6f6465526567697374727960781b8252604051916100a6604084610275565b600183526020830191603160f81b83526100bf81610298565b610120526100cc84610298565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261013560c082610275565b5190206080523060c05215918215610268575b50811561025c575b5061024d57610180526101a0526101c052604051610917808201906001600160401b0382118383101761023957602091839161231483393081520301905ff0801561022e57610160526040516120109081610304823960805181611cfa015260a05181611db7015260c05181611ccb015260e05181611d4901526101005181611d6f0152610120518161076f015261014051816107980152610160518181816101ba01526108a401526101805181818161016a015261110c01526101a051818181610948015261123301526101c05181818161023e0152610a0a0152f35b6040513d5f823e3d90fd5b634e487b7160e01b5f52604160045260245ffd5b634762470b60e11b5f5260045ffd5b6127109150115f610150565b1591505f610148565b5f80fd5b601f909101601f19168101906001600160401b0382119082101761023957604052565b601f8151116102c35760208151910151602082106102b4571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f3560e01c9081630700037d146115065750806323c2e2bc1461145457806329092d0e146113d15780633a4b66f1146112ea57806342623360146112575780635200e79e1461120b57806354f63b141461101e57806355ea6c4714610dbb5780635bbc805f14610c1a57806373f4256114610bfd57806374ea8f7f14610bb857806377f13f7e14610b735780637aeccce91461086b57806384b0196e1461075757806385daa6701461073b5780638864b53d14610701578063ba57e750146103dd578063bed9d8611461031e578063c885bc5814610262578063cb93f86c14610224578063d22e15cf146101de578063d4c5b2521461018e578063db7dd35a1461014a5763f698da2514610124575f80fd5b34610146575f60031936011261014657602061013e611cb4565b604051908152f35b5f80fd5b34610146575f60031936011261014657602060405167ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610146575f60031936011261014657602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610146576080600319360112610146576101f7611547565b6101ff61156a565b6044359167ffffffffffffffff831683036101465760209261013e9260643592611798565b34610146575f60031936011261014657602060405161ffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610146575f6003193601126101465761027a611bdc565b335f52600660205260405f205480156102f6576102d190335f5260066020525f60408120556040518181527f1d3eee4ca001cff39eec6ec7615aacf2f2bd61791273830728ba00ccbd6e133760203392a233611c50565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b7fd0d04f60000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610146575f60031936011261014657610336611bdc565b335f52600560205260405f20805460801c80156102f65767ffffffffffffffff600183015416918242106103b1576102d192506fffffffffffffffffffffffffffffffff81541690556040518181527f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc60203392a233611c50565b827fbe8a527b000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610146576103eb366115bb565b9490939173ffffffffffffffffffffffffffffffffffffffff821695865f52600260205260405f20604080519161042183611668565b549173ffffffffffffffffffffffffffffffffffffffff83168152602081019267ffffffffffffffff8160a01c16845260e01c91829101526106d5575167ffffffffffffffff858116979116808811156106a5575090610485918387873388611a87565b94335f52600460205260405f2090815496680100000000000000008810156106785761062e63ffffffff8a94610515610673986104e98d60017f62417a83b0036350cf289a3f7203f1b3daa07556526c4ab36628d79a039407109f01855584611783565b90919073ffffffffffffffffffffffffffffffffffffffff8084549260031b9316831b921b1916179055565b541663ffffffff6040519161052983611668565b3383526105e167ffffffffffffffff6020850188815260408601938452895f52600260205273ffffffffffffffffffffffffffffffffffffffff60405f209651167fffffffffffffffffffffffff0000000000000000000000000000000000000000875416178655511684907fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff7bffffffffffffffff000000000000000000000000000000000000000083549260a01b169116179055565b5182547bffffffffffffffffffffffffffffffffffffffffffffffffffffffff16911660e01b7fffffffff0000000000000000000000000000000000000000000000000000000016179055565b825f52600360205260405f20556040519081527fc65318a717c5d5cc9d68e41cb59cefc6990e04dc3a4fb45769fe8f49041970f260203392a36040519384938461173f565b0390a2005b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b87907f16d9230d000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b877f45ed80e9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610146575f6003193601126101465760206040517fa7511526b00136d7ebd00ecd50155c7962294689b54de9d1a444b03c0951cc4b8152f35b34610146575f60031936011261014657602060405161012c8152f35b34610146575f6003193601126101465761080f6107937f0000000000000000000000000000000000000000000000000000000000000000611ddd565b6107bc7f0000000000000000000000000000000000000000000000000000000000000000611ddd565b602061081d604051926107cf8385611684565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e0870190611643565b908582036040870152611643565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b82811061085457505050500390f35b835185528695509381019392810192600101610845565b3461014657604060031936011261014657610884611547565b61088c61156a565b9073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163303610b475773ffffffffffffffffffffffffffffffffffffffff8116805f52600260205260405f209073ffffffffffffffffffffffffffffffffffffffff8254168015610b1b57805f52600560205260405f2093610a058554956109c56fffffffffffffffffffffffffffffffff6109ba610946828b169a60801c8b6116a7565b7f0000000000000000000000000000000000000000000000000000000000000000831680821015610b135750995b808b1015610b09578261098c8c925b828416906116b4565b167fffffffffffffffffffffffffffffffff000000000000000000000000000000008654161785558a611776565b16825460801c6116b4565b6fffffffffffffffffffffffffffffffff7fffffffffffffffffffffffffffffffff0000000000000000000000000000000083549260801b169116179055565b61ffff7f000000000000000000000000000000000000000000000000000000000000000016808602908682041486151715610adc576020967f09df3cb1accb9fbac12e8b5bae698faf2ec90f7ac6441409ebe4f369a90e9d7b9273ffffffffffffffffffffffffffffffffffffffff61271060409404921696875f5260068a52835f20610a938482546116a7565b9055610aaa610aa2848b611776565b6007546116a7565b600755805460e01c610acc575b505081519087825288820152a4604051908152f35b610ad59161184f565b8880610ab7565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8261098c82610983565b905099610974565b507fbfc6c337000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fb4a46e64000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346101465760206003193601126101465773ffffffffffffffffffffffffffffffffffffffff610ba1611547565b165f526003602052602060405f2054604051908152f35b346101465760206003193601126101465773ffffffffffffffffffffffffffffffffffffffff610be6611547565b165f526004602052602060405f2054604051908152f35b34610146575f600319360112610146576020600754604051908152f35b3461014657610c28366115bb565b73ffffffffffffffffffffffffffffffffffffffff86929593961694855f52600260205260405f209283548060e01c15610d8f573373ffffffffffffffffffffffffffffffffffffffff821603610d635767ffffffffffffffff8681169160a01c1680821115610d3557505061067393610ccf8994610d29947f62417a83b0036350cf289a3f7203f1b3daa07556526c4ab36628d79a039407109a9b8a8a80973390611a87565b895f52600360205260405f2055907fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff7bffffffffffffffff000000000000000000000000000000000000000083549260a01b169116179055565b6040519384938461173f565b7f16d9230d000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f76c6c93a000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b877fbfc6c337000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346101465760206003193601126101465773ffffffffffffffffffffffffffffffffffffffff610de9611547565b165f52600460205260405f2060405190818260208354928381520180935f5260205f20925f5b818110610fef575050610e2492500383611684565b8151610e48610e32826116e6565b91610e406040519384611684565b8083526116e6565b90601f19602082019201368337835191610e7a610e64846116e6565b93610e726040519586611684565b8085526116e6565b90601f196020850192013683375f5b8651811015610f18578073ffffffffffffffffffffffffffffffffffffffff610eb46001938a6116fe565b51165f52600260205267ffffffffffffffff60405f205460a01c16610ed982876116fe565b5273ffffffffffffffffffffffffffffffffffffffff610ef9828a6116fe565b51165f52600360205260405f2054610f1182886116fe565b5201610e89565b509085918486604051958695606087019060608852518091526080870192905f5b818110610fc0575050506020908683038288015251918281520192905f5b818110610f9d57505050602090848303604086015251918281520191905f5b818110610f84575050500390f35b8251845285945060209384019390920191600101610f76565b825167ffffffffffffffff16855287965060209485019490920191600101610f57565b825173ffffffffffffffffffffffffffffffffffffffff16855289985060209485019490920191600101610f39565b845473ffffffffffffffffffffffffffffffffffffffff16835260019485019487945060209093019201610e0f565b346101465760206003193601126101465760043580156111e357335f52600560205260405f206fffffffffffffffffffffffffffffffff8154168083116111b3576fffffffffffffffffffffffffffffffff61107d81851680936116b4565b167fffffffffffffffffffffffffffffffff00000000000000000000000000000000835416178255815460801c016fffffffffffffffffffffffffffffffff8111610adc5781546fffffffffffffffffffffffffffffffff1660809190911b7fffffffffffffffffffffffffffffffff000000000000000000000000000000001617815567ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001667ffffffffffffffff4216019067ffffffffffffffff8211610adc57600167ffffffffffffffff9101911690817fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000082541617905560405191825260208201527fac526a10172f0bbd1328fce8b1172f31af97437a814307d519c9d755b39efa8c60403392a2005b90507f45be0a26000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f1f2a2005000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610146575f6003193601126101465760206040516fffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101465760206003193601126101465773ffffffffffffffffffffffffffffffffffffffff611285611547565b165f526005602052606060405f2060408051916112a183611668565b80549267ffffffffffffffff60016fffffffffffffffffffffffffffffffff86169586845260801c93846020850152015416928391015260405192835260208301526040820152f35b5f6003193601126101465734156111e357335f52600560205260405f20611324346fffffffffffffffffffffffffffffffff8354166116a7565b6fffffffffffffffffffffffffffffffff81116113a5576fffffffffffffffffffffffffffffffff809116167fffffffffffffffffffffffffffffffff000000000000000000000000000000008254161790556040513481527f9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d60203392a2005b7f08083b2a000000000000000000000000000000000000000000000000000000005f523460045260245ffd5b34610146576020600319360112610146576113ea611547565b73ffffffffffffffffffffffffffffffffffffffff8116805f52600260205260405f209081548060e01c15610b1b5773ffffffffffffffffffffffffffffffffffffffff163314159081611449575b50610d63576114479161184f565b005b905033141583611439565b3461014657602060031936011261014657608073ffffffffffffffffffffffffffffffffffffffff611484611547565b16805f52600260205260405f206040519061149e82611668565b5473ffffffffffffffffffffffffffffffffffffffff811692838352604067ffffffffffffffff8360a01c1693846020820152019160e01c82525f52600360205263ffffffff60405f2054915116151591604051938452602084015260408301526060820152f35b346101465760206003193601126101465760209073ffffffffffffffffffffffffffffffffffffffff611537611547565b165f526006825260405f20548152f35b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361014657565b6024359073ffffffffffffffffffffffffffffffffffffffff8216820361014657565b9181601f840112156101465782359167ffffffffffffffff8311610146576020838186019501011161014657565b60806003198201126101465760043573ffffffffffffffffffffffffffffffffffffffff81168103610146579160243567ffffffffffffffff81168103610146579160443567ffffffffffffffff8111610146578161161c9160040161158d565b929092916064359067ffffffffffffffff82116101465761163f9160040161158d565b9091565b90601f19601f602080948051918291828752018686015e5f8582860101520116010190565b6060810190811067ffffffffffffffff82111761067857604052565b90601f601f19910116810190811067ffffffffffffffff82111761067857604052565b91908201809211610adc57565b906fffffffffffffffffffffffffffffffff809116911603906fffffffffffffffffffffffffffffffff8211610adc57565b67ffffffffffffffff81116106785760051b60200190565b80518210156117125760209160051b010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b9183606094601f9267ffffffffffffffff601f199516865260406020870152816040870152868601375f8582860101520116010190565b91908203918211610adc57565b8054821015611712575f5260205f2001905f90565b919267ffffffffffffffff60429473ffffffffffffffffffffffffffffffffffffffff604051948160208701977fa7511526b00136d7ebd00ecd50155c7962294689b54de9d1a444b03c0951cc4b895216604087015216606085015216608083015260a082015260a0815261180e60c082611684565b519020611819611cb4565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b81549073ffffffffffffffffffffffffffffffffffffffff821692835f5260046020527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60405f209360e01c0163ffffffff8111610adc5763ffffffff1683547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8101908111610adc578082036119c1575b50508254928315611994577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff73ffffffffffffffffffffffffffffffffffffffff94019061192f8282611783565b8682549160031b1b19169055557bffffffffffffffffffffffffffffffffffffffffffffffffffffffff81541690551690815f5260036020525f60408120557f202321eaea3aa2b5e1e2ef1dfd98a9d6ba8c90e293f5dc2755b32eb921a477975f80a3565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd5b6119e073ffffffffffffffffffffffffffffffffffffffff9186611783565b90549060031b1c166119f6816104e98488611783565b60018201809211610adc57611a649163ffffffff915f5260026020521660405f20907bffffffffffffffffffffffffffffffffffffffffffffffffffffffff7fffffffff0000000000000000000000000000000000000000000000000000000083549260e01b169116179055565b5f806118e1565b67ffffffffffffffff811161067857601f01601f191660200190565b92949695909693919373ffffffffffffffffffffffffffffffffffffffff8416958615611bb4578315611b8c5761012c8411611b6057611ac684611a6b565b94611ad46040519687611684565b848652602086019636868401116101465787611b2a975f602089611b219a611b1c9873ffffffffffffffffffffffffffffffffffffffff9e37830101525190209a8b92611798565b611e34565b90929192611e68565b16908103611b355750565b7f2bdf498d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b837fae960171000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fd17badf1000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fd92e233d000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c611c285760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f80809381935af13d15611caf573d611c6881611a6b565b90611c766040519283611684565b81525f60203d92013e5b15611c8757565b7f90b8ec18000000000000000000000000000000000000000000000000000000005f5260045ffd5b611c80565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016301480611db4575b15611d1c577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152611dae60c082611684565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614611cf3565b60ff811690601f8211611e0c5760405191611df9604084611684565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b9060418303611e5e57611e579250602081013591604082359201355f1a90611f40565b9192909190565b50505f9160029190565b6004811015611f135780611e7a575050565b60018103611eaa577ff645eedf000000000000000000000000000000000000000000000000000000005f5260045ffd5b60028103611ede57507ffce698f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b600314611ee85750565b7fd78bce0c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411611fcf579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15611fc4575f5173ffffffffffffffffffffffffffffffffffffffff811615611fba57905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056fea264697066735822122010ca9d7fbb17f564751e5f564ffb5e6ab14c99551f93e37806130d815cf14bae64736f6c6343000825003360a034607457601f61091738819003918201601f19168301916001600160401b03831184841017607857808492602094604052833981010312607457516001600160a01b038116810360745760805260405161088a908161008d8239608051818181610227015281816103a1015261059f0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c8063775ba798146103c55780637b103999146103575763e3e5a7d91461003a575f80fd5b346102cb5760807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102cb57610071610449565b61007961046c565b9060443567ffffffffffffffff81116102cb57806004019160607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc83360301126102cb5760643567ffffffffffffffff81116102cb57806004019260607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc83360301126102cb5761010985610483565b73ffffffffffffffffffffffffffffffffffffffff8061012887610483565b169116149182610344575b505061031c5773ffffffffffffffffffffffffffffffffffffffff811692835f525f60205260405f2067ffffffffffffffff86165f5260205260ff60405f2054166102e2578161018986928361018e9695610512565b610512565b805f525f60205260405f2067ffffffffffffffff83165f5260205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00825416179055604051917f7aeccce90000000000000000000000000000000000000000000000000000000083528160048401523360248401526020836044815f73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165af19182156102d7575f9261029e575b6020935067ffffffffffffffff6040519216825282848301527fe65edb3d394c1d9727fe5b0ec628a188b5db3a274dc28139c25d330233612c0860403393a3604051908152f35b91506020833d6020116102cf575b816102b9602093836104a4565b810103126102cb576020925191610257565b5f80fd5b3d91506102ac565b6040513d5f823e3d90fd5b67ffffffffffffffff85857f2ed60a8e000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b7fa6f61640000000000000000000000000000000000000000000000000000000005f5260045ffd5b6024919250810135910135145f80610133565b346102cb575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102cb57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102cb5760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102cb576103fc610449565b73ffffffffffffffffffffffffffffffffffffffff61041961046c565b91165f525f60205267ffffffffffffffff60405f2091165f52602052602060ff60405f2054166040519015158152f35b6004359073ffffffffffffffffffffffffffffffffffffffff821682036102cb57565b6024359067ffffffffffffffff821682036102cb57565b3573ffffffffffffffffffffffffffffffffffffffff811681036102cb5790565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176104e557604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b909167ffffffffffffffff61052682610483565b9373ffffffffffffffffffffffffffffffffffffffff80604051957fd22e15cf00000000000000000000000000000000000000000000000000000000875216958660048701521660248501521660448301526020810135606483015260208260848173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa9182156102d7575f92610685575b506040810135907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1813603018212156102cb57019081359167ffffffffffffffff83116102cb576020019082360382136102cb5773ffffffffffffffffffffffffffffffffffffffff9261064f92610646926106b9565b909291926106ed565b1690810361065a5750565b7f3f5473f0000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9091506020813d6020116106b1575b816106a1602093836104a4565b810103126102cb5751905f6105cf565b3d9150610694565b90604183036106e3576106dc9250602081013591604082359201355f1a906107c5565b9192909190565b50505f9160029190565b600481101561079857806106ff575050565b6001810361072f577ff645eedf000000000000000000000000000000000000000000000000000000005f5260045ffd5b6002810361076357507ffce698f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60031461076d5750565b7fd78bce0c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411610849579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156102d7575f5173ffffffffffffffffffffffffffffffffffffffff81161561083f57905f905f90565b505f906001905f90565b5050505f916003919056fea26469706673582212207c87e9b0a9a9cde989c302b381302025fe9f356da379e8ee43b969ffb72319f464736f6c63430008250033",
}

// NodeRegistry is an auto generated Go binding around an Ethereum contract.
type NodeRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *NodeRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewNodeRegistry creates a new instance of NodeRegistry.
func NewNodeRegistry() *NodeRegistry {
	parsed, err := NodeRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &NodeRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *NodeRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint64 unbondingDelay_, uint128 maxPenalty_, uint16 reporterRewardBps_) returns()
func (nodeRegistry *NodeRegistry) PackConstructor(unbondingDelay_ uint64, maxPenalty_ *big.Int, reporterRewardBps_ uint16) []byte {
	enc, err := nodeRegistry.abi.Pack("", unbondingDelay_, maxPenalty_, reporterRewardBps_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXRECORDSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85daa670.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_RECORD_SIZE() view returns(uint256)
func (nodeRegistry *NodeRegistry) PackMAXRECORDSIZE() []byte {
	enc, err := nodeRegistry.abi.Pack("MAX_RECORD_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXRECORDSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85daa670.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_RECORD_SIZE() view returns(uint256)
func (nodeRegistry *NodeRegistry) TryPackMAXRECORDSIZE() ([]byte, error) {
	return nodeRegistry.abi.Pack("MAX_RECORD_SIZE")
}

// UnpackMAXRECORDSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x85daa670.
//
// Solidity: function MAX_RECORD_SIZE() view returns(uint256)
func (nodeRegistry *NodeRegistry) UnpackMAXRECORDSIZE(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("MAX_RECORD_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNODERECORDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8864b53d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NODE_RECORD_TYPEHASH() view returns(bytes32)
func (nodeRegistry *NodeRegistry) PackNODERECORDTYPEHASH() []byte {
	enc, err := nodeRegistry.abi.Pack("NODE_RECORD_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNODERECORDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8864b53d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NODE_RECORD_TYPEHASH() view returns(bytes32)
func (nodeRegistry *NodeRegistry) TryPackNODERECORDTYPEHASH() ([]byte, error) {
	return nodeRegistry.abi.Pack("NODE_RECORD_TYPEHASH")
}

// UnpackNODERECORDTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8864b53d.
//
// Solidity: function NODE_RECORD_TYPEHASH() view returns(bytes32)
func (nodeRegistry *NodeRegistry) UnpackNODERECORDTYPEHASH(data []byte) ([32]byte, error) {
	out, err := nodeRegistry.abi.Unpack("NODE_RECORD_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73f42561.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burned() view returns(uint256)
func (nodeRegistry *NodeRegistry) PackBurned() []byte {
	enc, err := nodeRegistry.abi.Pack("burned")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73f42561.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burned() view returns(uint256)
func (nodeRegistry *NodeRegistry) TryPackBurned() ([]byte, error) {
	return nodeRegistry.abi.Pack("burned")
}

// UnpackBurned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73f42561.
//
// Solidity: function burned() view returns(uint256)
func (nodeRegistry *NodeRegistry) UnpackBurned(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("burned", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDisputes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4c5b252.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputes() view returns(address)
func (nodeRegistry *NodeRegistry) PackDisputes() []byte {
	enc, err := nodeRegistry.abi.Pack("disputes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4c5b252.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputes() view returns(address)
func (nodeRegistry *NodeRegistry) TryPackDisputes() ([]byte, error) {
	return nodeRegistry.abi.Pack("disputes")
}

// UnpackDisputes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4c5b252.
//
// Solidity: function disputes() view returns(address)
func (nodeRegistry *NodeRegistry) UnpackDisputes(data []byte) (common.Address, error) {
	out, err := nodeRegistry.abi.Unpack("disputes", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (nodeRegistry *NodeRegistry) PackDomainSeparator() []byte {
	enc, err := nodeRegistry.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (nodeRegistry *NodeRegistry) TryPackDomainSeparator() ([]byte, error) {
	return nodeRegistry.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (nodeRegistry *NodeRegistry) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := nodeRegistry.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (nodeRegistry *NodeRegistry) PackEip712Domain() []byte {
	enc, err := nodeRegistry.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (nodeRegistry *NodeRegistry) TryPackEip712Domain() ([]byte, error) {
	return nodeRegistry.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (nodeRegistry *NodeRegistry) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := nodeRegistry.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackMaxPenalty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5200e79e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxPenalty() view returns(uint128)
func (nodeRegistry *NodeRegistry) PackMaxPenalty() []byte {
	enc, err := nodeRegistry.abi.Pack("maxPenalty")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxPenalty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5200e79e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxPenalty() view returns(uint128)
func (nodeRegistry *NodeRegistry) TryPackMaxPenalty() ([]byte, error) {
	return nodeRegistry.abi.Pack("maxPenalty")
}

// UnpackMaxPenalty is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5200e79e.
//
// Solidity: function maxPenalty() view returns(uint128)
func (nodeRegistry *NodeRegistry) UnpackMaxPenalty(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("maxPenalty", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNodeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74ea8f7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeCount(address operator) view returns(uint256)
func (nodeRegistry *NodeRegistry) PackNodeCount(operator common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("nodeCount", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74ea8f7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeCount(address operator) view returns(uint256)
func (nodeRegistry *NodeRegistry) TryPackNodeCount(operator common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("nodeCount", operator)
}

// UnpackNodeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x74ea8f7f.
//
// Solidity: function nodeCount(address operator) view returns(uint256)
func (nodeRegistry *NodeRegistry) UnpackNodeCount(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("nodeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNodeInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23c2e2bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeInfo(address node) view returns(address operator, uint64 seq, bytes32 hash, bool active)
func (nodeRegistry *NodeRegistry) PackNodeInfo(node common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("nodeInfo", node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23c2e2bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeInfo(address node) view returns(address operator, uint64 seq, bytes32 hash, bool active)
func (nodeRegistry *NodeRegistry) TryPackNodeInfo(node common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("nodeInfo", node)
}

// NodeInfoOutput serves as a container for the return parameters of contract
// method NodeInfo.
type NodeInfoOutput struct {
	Operator common.Address
	Seq      uint64
	Hash     [32]byte
	Active   bool
}

// UnpackNodeInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23c2e2bc.
//
// Solidity: function nodeInfo(address node) view returns(address operator, uint64 seq, bytes32 hash, bool active)
func (nodeRegistry *NodeRegistry) UnpackNodeInfo(data []byte) (NodeInfoOutput, error) {
	out, err := nodeRegistry.abi.Unpack("nodeInfo", data)
	outstruct := new(NodeInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Operator = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Seq = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Hash = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.Active = *abi.ConvertType(out[3], new(bool)).(*bool)
	return *outstruct, nil
}

// PackRecordDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd22e15cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordDigest(address node, address operator, uint64 seq, bytes32 hash) view returns(bytes32)
func (nodeRegistry *NodeRegistry) PackRecordDigest(node common.Address, operator common.Address, seq uint64, hash [32]byte) []byte {
	enc, err := nodeRegistry.abi.Pack("recordDigest", node, operator, seq, hash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd22e15cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordDigest(address node, address operator, uint64 seq, bytes32 hash) view returns(bytes32)
func (nodeRegistry *NodeRegistry) TryPackRecordDigest(node common.Address, operator common.Address, seq uint64, hash [32]byte) ([]byte, error) {
	return nodeRegistry.abi.Pack("recordDigest", node, operator, seq, hash)
}

// UnpackRecordDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd22e15cf.
//
// Solidity: function recordDigest(address node, address operator, uint64 seq, bytes32 hash) view returns(bytes32)
func (nodeRegistry *NodeRegistry) UnpackRecordDigest(data []byte) ([32]byte, error) {
	out, err := nodeRegistry.abi.Unpack("recordDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRecordHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77f13f7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordHash(address node) view returns(bytes32)
func (nodeRegistry *NodeRegistry) PackRecordHash(node common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("recordHash", node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77f13f7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordHash(address node) view returns(bytes32)
func (nodeRegistry *NodeRegistry) TryPackRecordHash(node common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("recordHash", node)
}

// UnpackRecordHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x77f13f7e.
//
// Solidity: function recordHash(address node) view returns(bytes32)
func (nodeRegistry *NodeRegistry) UnpackRecordHash(data []byte) ([32]byte, error) {
	out, err := nodeRegistry.abi.Unpack("recordHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba57e750.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(address node, uint64 seq, bytes record, bytes sig) returns()
func (nodeRegistry *NodeRegistry) PackRegister(node common.Address, seq uint64, record []byte, sig []byte) []byte {
	enc, err := nodeRegistry.abi.Pack("register", node, seq, record, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba57e750.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(address node, uint64 seq, bytes record, bytes sig) returns()
func (nodeRegistry *NodeRegistry) TryPackRegister(node common.Address, seq uint64, record []byte, sig []byte) ([]byte, error) {
	return nodeRegistry.abi.Pack("register", node, seq, record, sig)
}

// PackRemove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29092d0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function remove(address node) returns()
func (nodeRegistry *NodeRegistry) PackRemove(node common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("remove", node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29092d0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function remove(address node) returns()
func (nodeRegistry *NodeRegistry) TryPackRemove(node common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("remove", node)
}

// PackReporterRewardBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb93f86c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reporterRewardBps() view returns(uint16)
func (nodeRegistry *NodeRegistry) PackReporterRewardBps() []byte {
	enc, err := nodeRegistry.abi.Pack("reporterRewardBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReporterRewardBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb93f86c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reporterRewardBps() view returns(uint16)
func (nodeRegistry *NodeRegistry) TryPackReporterRewardBps() ([]byte, error) {
	return nodeRegistry.abi.Pack("reporterRewardBps")
}

// UnpackReporterRewardBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb93f86c.
//
// Solidity: function reporterRewardBps() view returns(uint16)
func (nodeRegistry *NodeRegistry) UnpackReporterRewardBps(data []byte) (uint16, error) {
	out, err := nodeRegistry.abi.Unpack("reporterRewardBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54f63b14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnbond(uint256 amount) returns()
func (nodeRegistry *NodeRegistry) PackRequestUnbond(amount *big.Int) []byte {
	enc, err := nodeRegistry.abi.Pack("requestUnbond", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54f63b14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestUnbond(uint256 amount) returns()
func (nodeRegistry *NodeRegistry) TryPackRequestUnbond(amount *big.Int) ([]byte, error) {
	return nodeRegistry.abi.Pack("requestUnbond", amount)
}

// PackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55ea6c47.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolve(address operator) view returns(address[] nodes, uint64[] seqs, bytes32[] hashes)
func (nodeRegistry *NodeRegistry) PackResolve(operator common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("resolve", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55ea6c47.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolve(address operator) view returns(address[] nodes, uint64[] seqs, bytes32[] hashes)
func (nodeRegistry *NodeRegistry) TryPackResolve(operator common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("resolve", operator)
}

// ResolveOutput serves as a container for the return parameters of contract
// method Resolve.
type ResolveOutput struct {
	Nodes  []common.Address
	Seqs   []uint64
	Hashes [][32]byte
}

// UnpackResolve is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x55ea6c47.
//
// Solidity: function resolve(address operator) view returns(address[] nodes, uint64[] seqs, bytes32[] hashes)
func (nodeRegistry *NodeRegistry) UnpackResolve(data []byte) (ResolveOutput, error) {
	out, err := nodeRegistry.abi.Unpack("resolve", data)
	outstruct := new(ResolveOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Nodes = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Seqs = *abi.ConvertType(out[1], new([]uint64)).(*[]uint64)
	outstruct.Hashes = *abi.ConvertType(out[2], new([][32]byte)).(*[][32]byte)
	return *outstruct, nil
}

// PackRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0700037d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewards(address reporter) view returns(uint256)
func (nodeRegistry *NodeRegistry) PackRewards(reporter common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("rewards", reporter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0700037d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewards(address reporter) view returns(uint256)
func (nodeRegistry *NodeRegistry) TryPackRewards(reporter common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("rewards", reporter)
}

// UnpackRewards is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0700037d.
//
// Solidity: function rewards(address reporter) view returns(uint256)
func (nodeRegistry *NodeRegistry) UnpackRewards(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("rewards", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7aeccce9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(address node, address reporter) returns(uint256 penalty)
func (nodeRegistry *NodeRegistry) PackSlash(node common.Address, reporter common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("slash", node, reporter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7aeccce9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(address node, address reporter) returns(uint256 penalty)
func (nodeRegistry *NodeRegistry) TryPackSlash(node common.Address, reporter common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("slash", node, reporter)
}

// UnpackSlash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7aeccce9.
//
// Solidity: function slash(address node, address reporter) returns(uint256 penalty)
func (nodeRegistry *NodeRegistry) UnpackSlash(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("slash", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a4b66f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake() payable returns()
func (nodeRegistry *NodeRegistry) PackStake() []byte {
	enc, err := nodeRegistry.abi.Pack("stake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a4b66f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake() payable returns()
func (nodeRegistry *NodeRegistry) TryPackStake() ([]byte, error) {
	return nodeRegistry.abi.Pack("stake")
}

// PackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeOf(address operator) view returns(uint256 bonded, uint256 unbonding, uint64 releaseAt)
func (nodeRegistry *NodeRegistry) PackStakeOf(operator common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("stakeOf", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeOf(address operator) view returns(uint256 bonded, uint256 unbonding, uint64 releaseAt)
func (nodeRegistry *NodeRegistry) TryPackStakeOf(operator common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("stakeOf", operator)
}

// StakeOfOutput serves as a container for the return parameters of contract
// method StakeOf.
type StakeOfOutput struct {
	Bonded    *big.Int
	Unbonding *big.Int
	ReleaseAt uint64
}

// UnpackStakeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42623360.
//
// Solidity: function stakeOf(address operator) view returns(uint256 bonded, uint256 unbonding, uint64 releaseAt)
func (nodeRegistry *NodeRegistry) UnpackStakeOf(data []byte) (StakeOfOutput, error) {
	out, err := nodeRegistry.abi.Unpack("stakeOf", data)
	outstruct := new(StakeOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Bonded = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Unbonding = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.ReleaseAt = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (nodeRegistry *NodeRegistry) PackUnbondingDelay() []byte {
	enc, err := nodeRegistry.abi.Pack("unbondingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (nodeRegistry *NodeRegistry) TryPackUnbondingDelay() ([]byte, error) {
	return nodeRegistry.abi.Pack("unbondingDelay")
}

// UnpackUnbondingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (nodeRegistry *NodeRegistry) UnpackUnbondingDelay(data []byte) (uint64, error) {
	out, err := nodeRegistry.abi.Unpack("unbondingDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackUpdateRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bbc805f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateRecord(address node, uint64 seq, bytes record, bytes sig) returns()
func (nodeRegistry *NodeRegistry) PackUpdateRecord(node common.Address, seq uint64, record []byte, sig []byte) []byte {
	enc, err := nodeRegistry.abi.Pack("updateRecord", node, seq, record, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bbc805f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateRecord(address node, uint64 seq, bytes record, bytes sig) returns()
func (nodeRegistry *NodeRegistry) TryPackUpdateRecord(node common.Address, seq uint64, record []byte, sig []byte) ([]byte, error) {
	return nodeRegistry.abi.Pack("updateRecord", node, seq, record, sig)
}

// PackWithdrawReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc885bc58.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawReward() returns()
func (nodeRegistry *NodeRegistry) PackWithdrawReward() []byte {
	enc, err := nodeRegistry.abi.Pack("withdrawReward")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc885bc58.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawReward() returns()
func (nodeRegistry *NodeRegistry) TryPackWithdrawReward() ([]byte, error) {
	return nodeRegistry.abi.Pack("withdrawReward")
}

// PackWithdrawStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbed9d861.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawStake() returns()
func (nodeRegistry *NodeRegistry) PackWithdrawStake() []byte {
	enc, err := nodeRegistry.abi.Pack("withdrawStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbed9d861.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawStake() returns()
func (nodeRegistry *NodeRegistry) TryPackWithdrawStake() ([]byte, error) {
	return nodeRegistry.abi.Pack("withdrawStake")
}

// NodeRegistryEIP712DomainChanged represents a EIP712DomainChanged event raised by the NodeRegistry contract.
type NodeRegistryEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const NodeRegistryEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (NodeRegistryEIP712DomainChanged) ContractEventName() string {
	return NodeRegistryEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (nodeRegistry *NodeRegistry) UnpackEIP712DomainChangedEvent(log *types.Log) (*NodeRegistryEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryNodeRegistered represents a NodeRegistered event raised by the NodeRegistry contract.
type NodeRegistryNodeRegistered struct {
	Operator common.Address
	Node     common.Address
	Seq      uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const NodeRegistryNodeRegisteredEventName = "NodeRegistered"

// ContractEventName returns the user-defined event name.
func (NodeRegistryNodeRegistered) ContractEventName() string {
	return NodeRegistryNodeRegisteredEventName
}

// UnpackNodeRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeRegistered(address indexed operator, address indexed node, uint64 seq)
func (nodeRegistry *NodeRegistry) UnpackNodeRegisteredEvent(log *types.Log) (*NodeRegistryNodeRegistered, error) {
	event := "NodeRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryNodeRegistered)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryNodeRemoved represents a NodeRemoved event raised by the NodeRegistry contract.
type NodeRegistryNodeRemoved struct {
	Operator common.Address
	Node     common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const NodeRegistryNodeRemovedEventName = "NodeRemoved"

// ContractEventName returns the user-defined event name.
func (NodeRegistryNodeRemoved) ContractEventName() string {
	return NodeRegistryNodeRemovedEventName
}

// UnpackNodeRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeRemoved(address indexed operator, address indexed node)
func (nodeRegistry *NodeRegistry) UnpackNodeRemovedEvent(log *types.Log) (*NodeRegistryNodeRemoved, error) {
	event := "NodeRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryNodeRemoved)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryRecordUpdated represents a RecordUpdated event raised by the NodeRegistry contract.
type NodeRegistryRecordUpdated struct {
	Node   common.Address
	Seq    uint64
	Record []byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const NodeRegistryRecordUpdatedEventName = "RecordUpdated"

// ContractEventName returns the user-defined event name.
func (NodeRegistryRecordUpdated) ContractEventName() string {
	return NodeRegistryRecordUpdatedEventName
}

// UnpackRecordUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RecordUpdated(address indexed node, uint64 seq, bytes record)
func (nodeRegistry *NodeRegistry) UnpackRecordUpdatedEvent(log *types.Log) (*NodeRegistryRecordUpdated, error) {
	event := "RecordUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryRecordUpdated)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryRewardWithdrawn represents a RewardWithdrawn event raised by the NodeRegistry contract.
type NodeRegistryRewardWithdrawn struct {
	Reporter common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const NodeRegistryRewardWithdrawnEventName = "RewardWithdrawn"

// ContractEventName returns the user-defined event name.
func (NodeRegistryRewardWithdrawn) ContractEventName() string {
	return NodeRegistryRewardWithdrawnEventName
}

// UnpackRewardWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardWithdrawn(address indexed reporter, uint256 amount)
func (nodeRegistry *NodeRegistry) UnpackRewardWithdrawnEvent(log *types.Log) (*NodeRegistryRewardWithdrawn, error) {
	event := "RewardWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryRewardWithdrawn)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistrySlashed represents a Slashed event raised by the NodeRegistry contract.
type NodeRegistrySlashed struct {
	Operator common.Address
	Node     common.Address
	Reporter common.Address
	Penalty  *big.Int
	Reward   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const NodeRegistrySlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (NodeRegistrySlashed) ContractEventName() string {
	return NodeRegistrySlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed operator, address indexed node, address indexed reporter, uint256 penalty, uint256 reward)
func (nodeRegistry *NodeRegistry) UnpackSlashedEvent(log *types.Log) (*NodeRegistrySlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistrySlashed)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryStakeWithdrawn represents a StakeWithdrawn event raised by the NodeRegistry contract.
type NodeRegistryStakeWithdrawn struct {
	Operator common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const NodeRegistryStakeWithdrawnEventName = "StakeWithdrawn"

// ContractEventName returns the user-defined event name.
func (NodeRegistryStakeWithdrawn) ContractEventName() string {
	return NodeRegistryStakeWithdrawnEventName
}

// UnpackStakeWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeWithdrawn(address indexed operator, uint256 amount)
func (nodeRegistry *NodeRegistry) UnpackStakeWithdrawnEvent(log *types.Log) (*NodeRegistryStakeWithdrawn, error) {
	event := "StakeWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryStakeWithdrawn)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryStaked represents a Staked event raised by the NodeRegistry contract.
type NodeRegistryStaked struct {
	Operator common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const NodeRegistryStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (NodeRegistryStaked) ContractEventName() string {
	return NodeRegistryStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(address indexed operator, uint256 amount)
func (nodeRegistry *NodeRegistry) UnpackStakedEvent(log *types.Log) (*NodeRegistryStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryStaked)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryUnbondRequested represents a UnbondRequested event raised by the NodeRegistry contract.
type NodeRegistryUnbondRequested struct {
	Operator  common.Address
	Amount    *big.Int
	ReleaseAt uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const NodeRegistryUnbondRequestedEventName = "UnbondRequested"

// ContractEventName returns the user-defined event name.
func (NodeRegistryUnbondRequested) ContractEventName() string {
	return NodeRegistryUnbondRequestedEventName
}

// UnpackUnbondRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbondRequested(address indexed operator, uint256 amount, uint64 releaseAt)
func (nodeRegistry *NodeRegistry) UnpackUnbondRequestedEvent(log *types.Log) (*NodeRegistryUnbondRequested, error) {
	event := "UnbondRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryUnbondRequested)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (nodeRegistry *NodeRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["AmountTooLarge"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackAmountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["BadNodeSignature"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackBadNodeSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["BadParameter"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackBadParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["EmptyRecord"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackEmptyRecordError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["NotDisputes"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackNotDisputesError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["NotOperator"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackNotOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["RecordTooLarge"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackRecordTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["SequenceNotIncreasing"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackSequenceNotIncreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["StillUnbonding"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackStillUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// NodeRegistryAlreadyRegistered represents a AlreadyRegistered error raised by the NodeRegistry contract.
type NodeRegistryAlreadyRegistered struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address node)
func NodeRegistryAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address node)
func (nodeRegistry *NodeRegistry) UnpackAlreadyRegisteredError(raw []byte) (*NodeRegistryAlreadyRegistered, error) {
	out := new(NodeRegistryAlreadyRegistered)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryAmountTooLarge represents a AmountTooLarge error raised by the NodeRegistry contract.
type NodeRegistryAmountTooLarge struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountTooLarge(uint256 amount)
func NodeRegistryAmountTooLargeErrorID() common.Hash {
	return common.HexToHash("0x08083b2a16b607736bde3b2f81a2e47b6cddd068539243b1d8b47462dd533e58")
}

// UnpackAmountTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountTooLarge(uint256 amount)
func (nodeRegistry *NodeRegistry) UnpackAmountTooLargeError(raw []byte) (*NodeRegistryAmountTooLarge, error) {
	out := new(NodeRegistryAmountTooLarge)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "AmountTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryBadNodeSignature represents a BadNodeSignature error raised by the NodeRegistry contract.
type NodeRegistryBadNodeSignature struct {
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadNodeSignature(address recovered)
func NodeRegistryBadNodeSignatureErrorID() common.Hash {
	return common.HexToHash("0x2bdf498d95776154ee1896bd9a80a4942739ae03cefd743297deefd0eeff599c")
}

// UnpackBadNodeSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadNodeSignature(address recovered)
func (nodeRegistry *NodeRegistry) UnpackBadNodeSignatureError(raw []byte) (*NodeRegistryBadNodeSignature, error) {
	out := new(NodeRegistryBadNodeSignature)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "BadNodeSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryBadParameter represents a BadParameter error raised by the NodeRegistry contract.
type NodeRegistryBadParameter struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParameter()
func NodeRegistryBadParameterErrorID() common.Hash {
	return common.HexToHash("0x8ec48e16047a0178c89bdefa13cab01a03913d2353214edd02ae0575f1cd52a7")
}

// UnpackBadParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParameter()
func (nodeRegistry *NodeRegistry) UnpackBadParameterError(raw []byte) (*NodeRegistryBadParameter, error) {
	out := new(NodeRegistryBadParameter)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "BadParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the NodeRegistry contract.
type NodeRegistryECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func NodeRegistryECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (nodeRegistry *NodeRegistry) UnpackECDSAInvalidSignatureError(raw []byte) (*NodeRegistryECDSAInvalidSignature, error) {
	out := new(NodeRegistryECDSAInvalidSignature)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the NodeRegistry contract.
type NodeRegistryECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func NodeRegistryECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (nodeRegistry *NodeRegistry) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*NodeRegistryECDSAInvalidSignatureLength, error) {
	out := new(NodeRegistryECDSAInvalidSignatureLength)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the NodeRegistry contract.
type NodeRegistryECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func NodeRegistryECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (nodeRegistry *NodeRegistry) UnpackECDSAInvalidSignatureSError(raw []byte) (*NodeRegistryECDSAInvalidSignatureS, error) {
	out := new(NodeRegistryECDSAInvalidSignatureS)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryEmptyRecord represents a EmptyRecord error raised by the NodeRegistry contract.
type NodeRegistryEmptyRecord struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyRecord()
func NodeRegistryEmptyRecordErrorID() common.Hash {
	return common.HexToHash("0xd17badf1f4c4a15d6b7fab9d3b8e04b938d62332336bf72c6f1236facea98ceb")
}

// UnpackEmptyRecordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyRecord()
func (nodeRegistry *NodeRegistry) UnpackEmptyRecordError(raw []byte) (*NodeRegistryEmptyRecord, error) {
	out := new(NodeRegistryEmptyRecord)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "EmptyRecord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryInsufficientStake represents a InsufficientStake error raised by the NodeRegistry contract.
type NodeRegistryInsufficientStake struct {
	Bonded    *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 bonded, uint256 requested)
func NodeRegistryInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 bonded, uint256 requested)
func (nodeRegistry *NodeRegistry) UnpackInsufficientStakeError(raw []byte) (*NodeRegistryInsufficientStake, error) {
	out := new(NodeRegistryInsufficientStake)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryInvalidShortString represents a InvalidShortString error raised by the NodeRegistry contract.
type NodeRegistryInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func NodeRegistryInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (nodeRegistry *NodeRegistry) UnpackInvalidShortStringError(raw []byte) (*NodeRegistryInvalidShortString, error) {
	out := new(NodeRegistryInvalidShortString)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryNotDisputes represents a NotDisputes error raised by the NodeRegistry contract.
type NodeRegistryNotDisputes struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDisputes(address caller)
func NodeRegistryNotDisputesErrorID() common.Hash {
	return common.HexToHash("0xb4a46e6423db360cef42f96c1f2bc6cdcdbe7eb9fd0ed842d77fef9d933fc095")
}

// UnpackNotDisputesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDisputes(address caller)
func (nodeRegistry *NodeRegistry) UnpackNotDisputesError(raw []byte) (*NodeRegistryNotDisputes, error) {
	out := new(NodeRegistryNotDisputes)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "NotDisputes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryNotOperator represents a NotOperator error raised by the NodeRegistry contract.
type NodeRegistryNotOperator struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOperator(address caller)
func NodeRegistryNotOperatorErrorID() common.Hash {
	return common.HexToHash("0x76c6c93a6423c7e2cef5f93921b1d4d1a5ffb795cd7cfed2df95566b7c7f7c40")
}

// UnpackNotOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOperator(address caller)
func (nodeRegistry *NodeRegistry) UnpackNotOperatorError(raw []byte) (*NodeRegistryNotOperator, error) {
	out := new(NodeRegistryNotOperator)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "NotOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryNotRegistered represents a NotRegistered error raised by the NodeRegistry contract.
type NodeRegistryNotRegistered struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered(address node)
func NodeRegistryNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xbfc6c337a80b7b8201f77f0a2a54c6e5f7c6fd9124a749804a482fa16ee8a895")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered(address node)
func (nodeRegistry *NodeRegistry) UnpackNotRegisteredError(raw []byte) (*NodeRegistryNotRegistered, error) {
	out := new(NodeRegistryNotRegistered)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryNothingToWithdraw represents a NothingToWithdraw error raised by the NodeRegistry contract.
type NodeRegistryNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func NodeRegistryNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (nodeRegistry *NodeRegistry) UnpackNothingToWithdrawError(raw []byte) (*NodeRegistryNothingToWithdraw, error) {
	out := new(NodeRegistryNothingToWithdraw)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryRecordTooLarge represents a RecordTooLarge error raised by the NodeRegistry contract.
type NodeRegistryRecordTooLarge struct {
	Size *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecordTooLarge(uint256 size)
func NodeRegistryRecordTooLargeErrorID() common.Hash {
	return common.HexToHash("0xae960171c4df991a040a5bd462323e5a1d5469c404f58ab40b63bef65972202e")
}

// UnpackRecordTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecordTooLarge(uint256 size)
func (nodeRegistry *NodeRegistry) UnpackRecordTooLargeError(raw []byte) (*NodeRegistryRecordTooLarge, error) {
	out := new(NodeRegistryRecordTooLarge)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "RecordTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the NodeRegistry contract.
type NodeRegistryReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func NodeRegistryReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (nodeRegistry *NodeRegistry) UnpackReentrancyGuardReentrantCallError(raw []byte) (*NodeRegistryReentrancyGuardReentrantCall, error) {
	out := new(NodeRegistryReentrancyGuardReentrantCall)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistrySequenceNotIncreasing represents a SequenceNotIncreasing error raised by the NodeRegistry contract.
type NodeRegistrySequenceNotIncreasing struct {
	Current uint64
	Given   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SequenceNotIncreasing(uint64 current, uint64 given)
func NodeRegistrySequenceNotIncreasingErrorID() common.Hash {
	return common.HexToHash("0x16d9230d1170112336bc6f52e9206f66ceff924a6d6dd4d8287d15f7ad7794b4")
}

// UnpackSequenceNotIncreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SequenceNotIncreasing(uint64 current, uint64 given)
func (nodeRegistry *NodeRegistry) UnpackSequenceNotIncreasingError(raw []byte) (*NodeRegistrySequenceNotIncreasing, error) {
	out := new(NodeRegistrySequenceNotIncreasing)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "SequenceNotIncreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryStillUnbonding represents a StillUnbonding error raised by the NodeRegistry contract.
type NodeRegistryStillUnbonding struct {
	ReleaseAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillUnbonding(uint64 releaseAt)
func NodeRegistryStillUnbondingErrorID() common.Hash {
	return common.HexToHash("0xbe8a527b36e3a85424bdbcbe45bc0c9bc214cdd0608b4b49f3c6d9c19da3611c")
}

// UnpackStillUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillUnbonding(uint64 releaseAt)
func (nodeRegistry *NodeRegistry) UnpackStillUnbondingError(raw []byte) (*NodeRegistryStillUnbonding, error) {
	out := new(NodeRegistryStillUnbonding)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "StillUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryStringTooLong represents a StringTooLong error raised by the NodeRegistry contract.
type NodeRegistryStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func NodeRegistryStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (nodeRegistry *NodeRegistry) UnpackStringTooLongError(raw []byte) (*NodeRegistryStringTooLong, error) {
	out := new(NodeRegistryStringTooLong)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryTransferFailed represents a TransferFailed error raised by the NodeRegistry contract.
type NodeRegistryTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func NodeRegistryTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (nodeRegistry *NodeRegistry) UnpackTransferFailedError(raw []byte) (*NodeRegistryTransferFailed, error) {
	out := new(NodeRegistryTransferFailed)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryZeroAddress represents a ZeroAddress error raised by the NodeRegistry contract.
type NodeRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func NodeRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (nodeRegistry *NodeRegistry) UnpackZeroAddressError(raw []byte) (*NodeRegistryZeroAddress, error) {
	out := new(NodeRegistryZeroAddress)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryZeroAmount represents a ZeroAmount error raised by the NodeRegistry contract.
type NodeRegistryZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func NodeRegistryZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (nodeRegistry *NodeRegistry) UnpackZeroAmountError(raw []byte) (*NodeRegistryZeroAmount, error) {
	out := new(NodeRegistryZeroAmount)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WeftResolverMetaData contains all meta data concerning the WeftResolver contract.
var WeftResolverMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIENSRegistry\",\"name\":\"ens_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ENSMode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAuthorised\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"AddrChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"NameOwnerChanged\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"}],\"name\":\"addr\",\"outputs\":[{\"internalType\":\"addresspayable\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ens\",\"outputs\":[{\"internalType\":\"contractIENSRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"}],\"name\":\"nameOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"setAddr\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferName\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "5f834b8d3fb9ede99760479457c0a8523a",
	Bin: "0x60a03461007f57601f61078338819003918201601f19168301916001600160401b038311848410176100835780849260209460405283398101031261007f57516001600160a01b038116810361007f576080526040516106eb9081610098823960805181818161016a015281816102ac015281816103c2015261054d0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a714610465575080631493ecae146104265780633b3b57de146103e65780633f15457f14610396578063bd66528a14610281578063cad484bb146101455763d5fa2b0014610069575f80fd5b346101415761007736610503565b61008082610536565b156101115760207f52d7d861f09ab3d26239d492e8968629f95e9e318cf0b73bfddc441522a15fd291835f526001825260405f2073ffffffffffffffffffffffffffffffffffffffff82167fffffffffffffffffffffffff000000000000000000000000000000000000000082541617905573ffffffffffffffffffffffffffffffffffffffff60405191168152a2005b507f14c417b5000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b5f80fd5b346101415761015336610503565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166102595773ffffffffffffffffffffffffffffffffffffffff16801561023157815f525f60205273ffffffffffffffffffffffffffffffffffffffff60405f20541633036101115760207f603b8d69b675a6200f9b2a3b425c8b934a0d5d22b0abc8ebae9b201a823a6dd791835f525f825260405f20817fffffffffffffffffffffffff0000000000000000000000000000000000000000825416179055604051908152a2005b7fd92e233d000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f7f5084cb000000000000000000000000000000000000000000000000000000005f5260045ffd5b346101415760206003193601126101415760043573ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001661025957805f525f60205273ffffffffffffffffffffffffffffffffffffffff60405f20541661036b57805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff33167fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790557f603b8d69b675a6200f9b2a3b425c8b934a0d5d22b0abc8ebae9b201a823a6dd76020604051338152a2005b7fc8426484000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610141575f60031936011261014157602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610141576020600319360112610141576004355f526001602052602073ffffffffffffffffffffffffffffffffffffffff60405f205416604051908152f35b34610141576020600319360112610141576004355f525f602052602073ffffffffffffffffffffffffffffffffffffffff60405f205416604051908152f35b3461014157602060031936011261014157600435907fffffffff00000000000000000000000000000000000000000000000000000000821680920361014157817f01ffc9a700000000000000000000000000000000000000000000000000000000602093149081156104d9575b5015158152f35b7f3b3b57de00000000000000000000000000000000000000000000000000000000915014836104d2565b6003196040910112610141576004359060243573ffffffffffffffffffffffffffffffffffffffff811681036101415790565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168061059957505f525f60205273ffffffffffffffffffffffffffffffffffffffff60405f205416331490565b906020906024604051809481937f02571be300000000000000000000000000000000000000000000000000000000835260048301525afa9081156106aa575f916105fa575b5073ffffffffffffffffffffffffffffffffffffffff16331490565b905060203d6020116106a3575b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f820116820182811067ffffffffffffffff82111761067657602091839160405281010312610141575173ffffffffffffffffffffffffffffffffffffffff81168103610141575f6105de565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b503d610607565b6040513d5f823e3d90fdfea2646970667358221220004c060ebf859769717180bfb6e624e2e4500c8963daaefee5f60cdd0ae716b164736f6c63430008250033",
}

// WeftResolver is an auto generated Go binding around an Ethereum contract.
type WeftResolver struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *WeftResolver) GetABI() abi.ABI {
	return c.abi
}

// NewWeftResolver creates a new instance of WeftResolver.
func NewWeftResolver() *WeftResolver {
	parsed, err := WeftResolverMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &WeftResolver{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *WeftResolver) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address ens_) returns()
func (weftResolver *WeftResolver) PackConstructor(ens_ common.Address) []byte {
	enc, err := weftResolver.abi.Pack("", ens_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAddr is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b3b57de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addr(bytes32 node) view returns(address)
func (weftResolver *WeftResolver) PackAddr(node [32]byte) []byte {
	enc, err := weftResolver.abi.Pack("addr", node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddr is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b3b57de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addr(bytes32 node) view returns(address)
func (weftResolver *WeftResolver) TryPackAddr(node [32]byte) ([]byte, error) {
	return weftResolver.abi.Pack("addr", node)
}

// UnpackAddr is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b3b57de.
//
// Solidity: function addr(bytes32 node) view returns(address)
func (weftResolver *WeftResolver) UnpackAddr(data []byte) (common.Address, error) {
	out, err := weftResolver.abi.Unpack("addr", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd66528a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(bytes32 node) returns()
func (weftResolver *WeftResolver) PackClaim(node [32]byte) []byte {
	enc, err := weftResolver.abi.Pack("claim", node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd66528a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(bytes32 node) returns()
func (weftResolver *WeftResolver) TryPackClaim(node [32]byte) ([]byte, error) {
	return weftResolver.abi.Pack("claim", node)
}

// PackEns is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f15457f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ens() view returns(address)
func (weftResolver *WeftResolver) PackEns() []byte {
	enc, err := weftResolver.abi.Pack("ens")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEns is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f15457f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ens() view returns(address)
func (weftResolver *WeftResolver) TryPackEns() ([]byte, error) {
	return weftResolver.abi.Pack("ens")
}

// UnpackEns is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f15457f.
//
// Solidity: function ens() view returns(address)
func (weftResolver *WeftResolver) UnpackEns(data []byte) (common.Address, error) {
	out, err := weftResolver.abi.Unpack("ens", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackNameOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1493ecae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nameOwner(bytes32 node) view returns(address)
func (weftResolver *WeftResolver) PackNameOwner(node [32]byte) []byte {
	enc, err := weftResolver.abi.Pack("nameOwner", node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNameOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1493ecae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nameOwner(bytes32 node) view returns(address)
func (weftResolver *WeftResolver) TryPackNameOwner(node [32]byte) ([]byte, error) {
	return weftResolver.abi.Pack("nameOwner", node)
}

// UnpackNameOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1493ecae.
//
// Solidity: function nameOwner(bytes32 node) view returns(address)
func (weftResolver *WeftResolver) UnpackNameOwner(data []byte) (common.Address, error) {
	out, err := weftResolver.abi.Unpack("nameOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetAddr is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5fa2b00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAddr(bytes32 node, address a) returns()
func (weftResolver *WeftResolver) PackSetAddr(node [32]byte, a common.Address) []byte {
	enc, err := weftResolver.abi.Pack("setAddr", node, a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAddr is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5fa2b00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAddr(bytes32 node, address a) returns()
func (weftResolver *WeftResolver) TryPackSetAddr(node [32]byte, a common.Address) ([]byte, error) {
	return weftResolver.abi.Pack("setAddr", node, a)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (weftResolver *WeftResolver) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := weftResolver.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (weftResolver *WeftResolver) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return weftResolver.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (weftResolver *WeftResolver) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := weftResolver.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcad484bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferName(bytes32 node, address newOwner) returns()
func (weftResolver *WeftResolver) PackTransferName(node [32]byte, newOwner common.Address) []byte {
	enc, err := weftResolver.abi.Pack("transferName", node, newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcad484bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferName(bytes32 node, address newOwner) returns()
func (weftResolver *WeftResolver) TryPackTransferName(node [32]byte, newOwner common.Address) ([]byte, error) {
	return weftResolver.abi.Pack("transferName", node, newOwner)
}

// WeftResolverAddrChanged represents a AddrChanged event raised by the WeftResolver contract.
type WeftResolverAddrChanged struct {
	Node [32]byte
	A    common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const WeftResolverAddrChangedEventName = "AddrChanged"

// ContractEventName returns the user-defined event name.
func (WeftResolverAddrChanged) ContractEventName() string {
	return WeftResolverAddrChangedEventName
}

// UnpackAddrChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddrChanged(bytes32 indexed node, address a)
func (weftResolver *WeftResolver) UnpackAddrChangedEvent(log *types.Log) (*WeftResolverAddrChanged, error) {
	event := "AddrChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != weftResolver.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WeftResolverAddrChanged)
	if len(log.Data) > 0 {
		if err := weftResolver.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range weftResolver.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WeftResolverNameOwnerChanged represents a NameOwnerChanged event raised by the WeftResolver contract.
type WeftResolverNameOwnerChanged struct {
	Node  [32]byte
	Owner common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const WeftResolverNameOwnerChangedEventName = "NameOwnerChanged"

// ContractEventName returns the user-defined event name.
func (WeftResolverNameOwnerChanged) ContractEventName() string {
	return WeftResolverNameOwnerChangedEventName
}

// UnpackNameOwnerChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NameOwnerChanged(bytes32 indexed node, address owner)
func (weftResolver *WeftResolver) UnpackNameOwnerChangedEvent(log *types.Log) (*WeftResolverNameOwnerChanged, error) {
	event := "NameOwnerChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != weftResolver.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WeftResolverNameOwnerChanged)
	if len(log.Data) > 0 {
		if err := weftResolver.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range weftResolver.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (weftResolver *WeftResolver) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], weftResolver.abi.Errors["AlreadyClaimed"].ID.Bytes()[:4]) {
		return weftResolver.UnpackAlreadyClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], weftResolver.abi.Errors["ENSMode"].ID.Bytes()[:4]) {
		return weftResolver.UnpackENSModeError(raw[4:])
	}
	if bytes.Equal(raw[:4], weftResolver.abi.Errors["NotAuthorised"].ID.Bytes()[:4]) {
		return weftResolver.UnpackNotAuthorisedError(raw[4:])
	}
	if bytes.Equal(raw[:4], weftResolver.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return weftResolver.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// WeftResolverAlreadyClaimed represents a AlreadyClaimed error raised by the WeftResolver contract.
type WeftResolverAlreadyClaimed struct {
	Node [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyClaimed(bytes32 node)
func WeftResolverAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0xc842648490cc51188535862204e42a629795f8186ccc73d6de558559a23ee12f")
}

// UnpackAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyClaimed(bytes32 node)
func (weftResolver *WeftResolver) UnpackAlreadyClaimedError(raw []byte) (*WeftResolverAlreadyClaimed, error) {
	out := new(WeftResolverAlreadyClaimed)
	if err := weftResolver.abi.UnpackIntoInterface(out, "AlreadyClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WeftResolverENSMode represents a ENSMode error raised by the WeftResolver contract.
type WeftResolverENSMode struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ENSMode()
func WeftResolverENSModeErrorID() common.Hash {
	return common.HexToHash("0x7f5084cbf26b1f2568f1d4fc039b28fab02a3fc72cfb0edf911a71d1f900ba00")
}

// UnpackENSModeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ENSMode()
func (weftResolver *WeftResolver) UnpackENSModeError(raw []byte) (*WeftResolverENSMode, error) {
	out := new(WeftResolverENSMode)
	if err := weftResolver.abi.UnpackIntoInterface(out, "ENSMode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WeftResolverNotAuthorised represents a NotAuthorised error raised by the WeftResolver contract.
type WeftResolverNotAuthorised struct {
	Node   [32]byte
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAuthorised(bytes32 node, address caller)
func WeftResolverNotAuthorisedErrorID() common.Hash {
	return common.HexToHash("0x14c417b5f379966f6c36f2ee78ed68413412145b4674dae2988279ba8988583f")
}

// UnpackNotAuthorisedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAuthorised(bytes32 node, address caller)
func (weftResolver *WeftResolver) UnpackNotAuthorisedError(raw []byte) (*WeftResolverNotAuthorised, error) {
	out := new(WeftResolverNotAuthorised)
	if err := weftResolver.abi.UnpackIntoInterface(out, "NotAuthorised", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WeftResolverZeroAddress represents a ZeroAddress error raised by the WeftResolver contract.
type WeftResolverZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func WeftResolverZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (weftResolver *WeftResolver) UnpackZeroAddressError(raw []byte) (*WeftResolverZeroAddress, error) {
	out := new(WeftResolverZeroAddress)
	if err := weftResolver.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
