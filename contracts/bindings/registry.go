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
	Bin: "0x60a0604052348015600e575f5ffd5b50604051610a3a380380610a3a833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516109af61008b5f395f81816087015281816102cd01526103b901526109af5ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c8063775ba798146100435780637b10399914610082578063e3e5a7d9146100ce575b5f5ffd5b61006d6100513660046107e1565b5f60208181529281526040808220909352908152205460ff1681565b60405190151581526020015b60405180910390f35b6100a97f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610079565b6100e16100dc366004610828565b6100ef565b604051908152602001610079565b5f6100fd60208301836108ad565b73ffffffffffffffffffffffffffffffffffffffff1661012060208501856108ad565b73ffffffffffffffffffffffffffffffffffffffff1614801561014a575081602001358360200135145b15610181576040517fa6f6164000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff85165f9081526020818152604080832067ffffffffffffffff8816845290915290205460ff1615610220576040517f2ed60a8e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8616600482015267ffffffffffffffff851660248201526044015b60405180910390fd5b61022b8585856103a1565b6102368585846103a1565b73ffffffffffffffffffffffffffffffffffffffff8581165f8181526020818152604080832067ffffffffffffffff8a1684529091529081902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055517f7aeccce900000000000000000000000000000000000000000000000000000000815260048101919091523360248201527f000000000000000000000000000000000000000000000000000000000000000090911690637aeccce9906044016020604051808303815f875af1158015610315573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061033991906108cd565b6040805167ffffffffffffffff8716815260208101839052919250339173ffffffffffffffffffffffffffffffffffffffff8816917fe65edb3d394c1d9727fe5b0ec628a188b5db3a274dc28139c25d330233612c08910160405180910390a3949350505050565b5f73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001663d22e15cf856103ec60208601866108ad565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e085901b16815273ffffffffffffffffffffffffffffffffffffffff92831660048201529116602482015267ffffffffffffffff8616604482015260208501356064820152608401602060405180830381865afa158015610474573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061049891906108cd565b90505f6104b1826104ac60408601866108e4565b610537565b90508473ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614610530576040517f3f5473f000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602401610217565b5050505050565b5f5f5f5f610546878787610561565b92509250925061055682826105a8565b509095945050505050565b5f80806041849003610595578435602086013560408701355f1a610587898285856106af565b95509550955050505061059f565b505f915060029050825b93509350939050565b5f8260038111156105bb576105bb61094c565b036105c4575050565b60018260038111156105d8576105d861094c565b0361060f576040517ff645eedf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60028260038111156106235761062361094c565b0361065d576040517ffce698f700000000000000000000000000000000000000000000000000000000815260048101829052602401610217565b60038260038111156106715761067161094c565b036106ab576040517fd78bce0c00000000000000000000000000000000000000000000000000000000815260048101829052602401610217565b5050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156106e857505f91506003905082610798565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610739573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff811661078f57505f925060019150829050610798565b92505f91508190505b9450945094915050565b803573ffffffffffffffffffffffffffffffffffffffff811681146107c5575f5ffd5b919050565b803567ffffffffffffffff811681146107c5575f5ffd5b5f5f604083850312156107f2575f5ffd5b6107fb836107a2565b9150610809602084016107ca565b90509250929050565b5f60608284031215610822575f5ffd5b50919050565b5f5f5f5f6080858703121561083b575f5ffd5b610844856107a2565b9350610852602086016107ca565b9250604085013567ffffffffffffffff81111561086d575f5ffd5b61087987828801610812565b925050606085013567ffffffffffffffff811115610895575f5ffd5b6108a187828801610812565b91505092959194509250565b5f602082840312156108bd575f5ffd5b6108c6826107a2565b9392505050565b5f602082840312156108dd575f5ffd5b5051919050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610917575f5ffd5b83018035915067ffffffffffffffff821115610931575f5ffd5b602001915036819003821315610945575f5ffd5b9250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffdfea2646970667358221220c7714f778bce1affb5dd97dbb118c175da65a341ec4bf1b7bdffa8ab38361c4864736f6c63430008250033",
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
	Bin: "0x6101e0604052348015610010575f5ffd5b5060405161365838038061365883398101604081905261002f91610235565b6040518060400160405280601181526020017077656674204e6f6465526567697374727960781b815250604051806040016040528060018152602001603160f81b815250610082826101e260201b60201c565b6101205261008f816101e2565b61014052815160208084019190912060e052815190820120610100524660a05261011b60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160401b038316158061014157506001600160801b038216155b8061015157506127108161ffff16115b1561016f57604051634762470b60e11b815260040160405180910390fd5b6001600160401b038316610180526001600160801b0382166101a05261ffff81166101c05260405130906101a290610228565b6001600160a01b039091168152602001604051809103905ff0801580156101cb573d5f5f3e3d5ffd5b506001600160a01b031661016052506102f6915050565b5f5f829050601f81511115610215578260405163305a27a960e01b815260040161020c919061029b565b60405180910390fd5b8051610220826102d0565b179392505050565b610a3a80612c1e83390190565b5f5f5f60608486031215610247575f5ffd5b83516001600160401b038116811461025d575f5ffd5b60208501519093506001600160801b0381168114610279575f5ffd5b604085015190925061ffff81168114610290575f5ffd5b809150509250925092565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102f0575f198160200360031b1b821691505b50919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c05161288c6103925f395f81816105a1015261119301525f81816103980152818161100a015261104301525f81816106510152610a3201525f81816106060152610f0001525f611cb501525f611c8a01525f611eec01525f611ec401525f611e1f01525f611e4901525f611e73015261288c5ff3fe608060405260043610610183575f3560e01c80637aeccce9116100d1578063c885bc581161007c578063d4c5b25211610057578063d4c5b252146105f5578063db7dd35a14610640578063f698da251461068c575f5ffd5b8063c885bc581461057c578063cb93f86c14610590578063d22e15cf146105d6575f5ffd5b80638864b53d116100ac5780638864b53d14610516578063ba57e75014610549578063bed9d86114610568575f5ffd5b80637aeccce9146104bb57806384b0196e146104da57806385daa67014610501575f5ffd5b806354f63b141161013157806373f425611161010c57806373f425611461044757806374ea8f7f1461045c57806377f13f7e14610490575f5ffd5b806354f63b14146103db57806355ea6c47146103fa5780635bbc805f14610428575f5ffd5b80633a4b66f1116101615780633a4b66f1146102ce57806342623360146102d65780635200e79e14610387575f5ffd5b80630700037d1461018757806323c2e2bc146101c557806329092d0e146102ad575b5f5ffd5b348015610192575f5ffd5b506101b26101a136600461228e565b60066020525f908152604090205481565b6040519081526020015b60405180910390f35b3480156101d0575f5ffd5b506102786101df36600461228e565b6001600160a01b039081165f8181526002602090815260408083208151606081018352905495861680825274010000000000000000000000000000000000000000870467ffffffffffffffff168285018190527c010000000000000000000000000000000000000000000000000000000090970463ffffffff908116928401928352958552600390935292205491519094919216151590565b604080516001600160a01b03909516855267ffffffffffffffff909316602085015291830152151560608201526080016101bc565b3480156102b8575f5ffd5b506102cc6102c736600461228e565b6106a0565b005b6102cc610794565b3480156102e1575f5ffd5b506103626102f036600461228e565b6001600160a01b03165f90815260056020908152604091829020825160608101845281546fffffffffffffffffffffffffffffffff8082168084527001000000000000000000000000000000009092041693820184905260019092015467ffffffffffffffff16930183905292909190565b60408051938452602084019290925267ffffffffffffffff16908201526060016101bc565b348015610392575f5ffd5b506103ba7f000000000000000000000000000000000000000000000000000000000000000081565b6040516fffffffffffffffffffffffffffffffff90911681526020016101bc565b3480156103e6575f5ffd5b506102cc6103f53660046122ae565b6108be565b348015610405575f5ffd5b5061041961041436600461228e565b610ad9565b6040516101bc939291906122ff565b348015610433575f5ffd5b506102cc610442366004612401565b610ce2565b348015610452575f5ffd5b506101b260075481565b348015610467575f5ffd5b506101b261047636600461228e565b6001600160a01b03165f9081526004602052604090205490565b34801561049b575f5ffd5b506101b26104aa36600461228e565b60036020525f908152604090205481565b3480156104c6575f5ffd5b506101b26104d5366004612491565b610ef4565b3480156104e5575f5ffd5b506104ee6112bf565b6040516101bc979695949392919061250e565b34801561050c575f5ffd5b506101b261012c81565b348015610521575f5ffd5b506101b27fa7511526b00136d7ebd00ecd50155c7962294689b54de9d1a444b03c0951cc4b81565b348015610554575f5ffd5b506102cc610563366004612401565b61131d565b348015610573575f5ffd5b506102cc611677565b348015610587575f5ffd5b506102cc6117ad565b34801561059b575f5ffd5b506105c37f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff90911681526020016101bc565b3480156105e1575f5ffd5b506101b26105f03660046125c0565b61185c565b348015610600575f5ffd5b506106287f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101bc565b34801561064b575f5ffd5b506106737f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff90911681526020016101bc565b348015610697575f5ffd5b506101b26118e4565b6001600160a01b0381165f908152600260205260408120805490917c010000000000000000000000000000000000000000000000000000000090910463ffffffff16900361072a576040517fbfc6c3370000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024015b60405180910390fd5b80546001600160a01b0316331480159061074d5750336001600160a01b03831614155b15610786576040517f76c6c93a000000000000000000000000000000000000000000000000000000008152336004820152602401610721565b61079082826118f2565b5050565b345f036107cd576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f90815260056020526040812080549091906107fd9034906fffffffffffffffffffffffffffffffff16612635565b90506fffffffffffffffffffffffffffffffff81111561084b576040517f08083b2a000000000000000000000000000000000000000000000000000000008152346004820152602401610721565b81547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff821617825560405134815233907f9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d9060200160405180910390a25050565b805f036108f7576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f90815260056020526040902080546fffffffffffffffffffffffffffffffff168211156109705780546040517f45be0a260000000000000000000000000000000000000000000000000000000081526fffffffffffffffffffffffffffffffff909116600482015260248101839052604401610721565b8054829082905f906109959084906fffffffffffffffffffffffffffffffff16612648565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff16021790555081815f0160108282829054906101000a90046fffffffffffffffffffffffffffffffff166109f99190612670565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff1602179055505f7f000000000000000000000000000000000000000000000000000000000000000042610a5c9190612698565b6001830180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff831690811790915560408051868152602081019290925291925033917fac526a10172f0bbd1328fce8b1172f31af97437a814307d519c9d755b39efa8c910160405180910390a2505050565b606080606060045f856001600160a01b03166001600160a01b031681526020019081526020015f20805480602002602001604051908101604052809291908181526020018280548015610b5357602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610b35575b50505050509250825167ffffffffffffffff811115610b7457610b746126b8565b604051908082528060200260200182016040528015610b9d578160200160208202803683370190505b509150825167ffffffffffffffff811115610bba57610bba6126b8565b604051908082528060200260200182016040528015610be3578160200160208202803683370190505b5090505f5b8351811015610cda5760025f858381518110610c0657610c066126e5565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f0160149054906101000a900467ffffffffffffffff16838281518110610c5657610c566126e5565b602002602001019067ffffffffffffffff16908167ffffffffffffffff168152505060035f858381518110610c8d57610c8d6126e5565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f2054828281518110610cc757610cc76126e5565b6020908102919091010152600101610be8565b509193909250565b6001600160a01b0386165f908152600260205260408120805490917c010000000000000000000000000000000000000000000000000000000090910463ffffffff169003610d67576040517fbfc6c3370000000000000000000000000000000000000000000000000000000081526001600160a01b0388166004820152602401610721565b80546001600160a01b03163314610dac576040517f76c6c93a000000000000000000000000000000000000000000000000000000008152336004820152602401610721565b805467ffffffffffffffff74010000000000000000000000000000000000000000909104811690871611610e3b5780546040517f16d9230d0000000000000000000000000000000000000000000000000000000081527401000000000000000000000000000000000000000090910467ffffffffffffffff908116600483015287166024820152604401610721565b610e4a87338888888888611b34565b6001600160a01b0388165f81815260036020526040908190209290925582547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000067ffffffffffffffff8a160217835590517f62417a83b0036350cf289a3f7203f1b3daa07556526c4ab36628d79a0394071090610ee390899089908990612712565b60405180910390a250505050505050565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610f59576040517fb4a46e64000000000000000000000000000000000000000000000000000000008152336004820152602401610721565b6001600160a01b038084165f908152600260205260409020805490911680610fb8576040517fbfc6c3370000000000000000000000000000000000000000000000000000000081526001600160a01b0386166004820152602401610721565b6001600160a01b0381165f9081526005602052604081208054909190611006906fffffffffffffffffffffffffffffffff700100000000000000000000000000000000820481169116612635565b90507f00000000000000000000000000000000000000000000000000000000000000006fffffffffffffffffffffffffffffffff168110611079577f00000000000000000000000000000000000000000000000000000000000000006fffffffffffffffffffffffffffffffff1661107b565b805b82549095505f906fffffffffffffffffffffffffffffffff1686106110b35782546fffffffffffffffffffffffffffffffff166110b5565b855b8354909150819084905f906110dd9084906fffffffffffffffffffffffffffffffff16612648565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff160217905550808661111f919061276f565b8354849060109061115790849070010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff16612648565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff1602179055505f6127107f000000000000000000000000000000000000000000000000000000000000000061ffff16886111c19190612782565b6111cb9190612799565b6001600160a01b0389165f908152600660205260408120805492935083929091906111f7908490612635565b909155506112079050818861276f565b60075f8282546112179190612635565b909155505085547c0100000000000000000000000000000000000000000000000000000000900463ffffffff16156112535761125389876118f2565b876001600160a01b0316896001600160a01b0316866001600160a01b03167f09df3cb1accb9fbac12e8b5bae698faf2ec90f7ac6441409ebe4f369a90e9d7b8a856040516112ab929190918252602082015260400190565b60405180910390a450505050505092915050565b5f6060805f5f5f60606112d0611c83565b6112d8611cae565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6001600160a01b038681165f9081526002602090815260409182902082516060810184529054938416815274010000000000000000000000000000000000000000840467ffffffffffffffff16918101919091527c010000000000000000000000000000000000000000000000000000000090920463ffffffff16908201819052156113e0576040517f45ed80e90000000000000000000000000000000000000000000000000000000081526001600160a01b0388166004820152602401610721565b806020015167ffffffffffffffff168667ffffffffffffffff161161144b5760208101516040517f16d9230d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff91821660048201529087166024820152604401610721565b5f61145b88338989898989611b34565b90505f60045f336001600160a01b03166001600160a01b031681526020019081526020015f2090508089908060018154018082558091505060019003905f5260205f20015f9091909190916101000a8154816001600160a01b0302191690836001600160a01b031602179055506040518060600160405280336001600160a01b031681526020018967ffffffffffffffff168152602001828054905063ffffffff1681525060025f8b6001600160a01b03166001600160a01b031681526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506040820151815f01601c6101000a81548163ffffffff021916908363ffffffff1602179055509050508160035f8b6001600160a01b03166001600160a01b031681526020019081526020015f2081905550886001600160a01b0316336001600160a01b03167fc65318a717c5d5cc9d68e41cb59cefc6990e04dc3a4fb45769fe8f49041970f28a60405161161f919067ffffffffffffffff91909116815260200190565b60405180910390a3886001600160a01b03167f62417a83b0036350cf289a3f7203f1b3daa07556526c4ab36628d79a0394071089898960405161166493929190612712565b60405180910390a2505050505050505050565b61167f611cd9565b335f908152600560205260408120805490917001000000000000000000000000000000009091046fffffffffffffffffffffffffffffffff16908190036116f2576040517fd0d04f6000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600182015467ffffffffffffffff1642101561174c5760018201546040517fbe8a527b00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610721565b81546fffffffffffffffffffffffffffffffff16825560405181815233907f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc9060200160405180910390a26117a13382611d0e565b50506117ab611d9c565b565b6117b5611cd9565b335f90815260066020526040812054908190036117fe576040517fd0d04f6000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f8181526006602052604080822091909155517f1d3eee4ca001cff39eec6ec7615aacf2f2bd61791273830728ba00ccbd6e1337906118419084815260200190565b60405180910390a26118533382611d0e565b506117ab611d9c565b604080517fa7511526b00136d7ebd00ecd50155c7962294689b54de9d1a444b03c0951cc4b60208201526001600160a01b0380871692820192909252908416606082015267ffffffffffffffff8316608082015260a081018290525f906118db9060c00160405160208183030381529060405280519060200120611dc6565b95945050505050565b5f6118ed611e13565b905090565b80546001600160a01b0381165f818152600460205260408120919261193f906001907c0100000000000000000000000000000000000000000000000000000000900463ffffffff166127d1565b63ffffffff1690505f60018380549050611959919061276f565b9050808214611a59575f838281548110611975576119756126e5565b905f5260205f20015f9054906101000a90046001600160a01b03169050808484815481106119a5576119a56126e5565b5f91825260209091200180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03929092169190911790556119f0836001612635565b6001600160a01b039091165f908152600260205260409020805463ffffffff929092167c0100000000000000000000000000000000000000000000000000000000027bffffffffffffffffffffffffffffffffffffffffffffffffffffffff9092169190911790555b82805480611a6957611a696127ed565b5f828152602080822083017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff90810180547fffffffffffffffffffffffff000000000000000000000000000000000000000016905590920190925586547bffffffffffffffffffffffffffffffffffffffffffffffffffffffff1687556001600160a01b0388811680845260039092526040808420849055519192908716917f202321eaea3aa2b5e1e2ef1dfd98a9d6ba8c90e293f5dc2755b32eb921a477979190a3505050505050565b5f6001600160a01b038816611b75576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f849003611baf576040517fd17badf100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61012c841115611bee576040517fae96017100000000000000000000000000000000000000000000000000000000815260048101859052602401610721565b8484604051611bfe92919061281a565b604051809103902090505f611c1f611c188a8a8a8661185c565b8585611f3c565b9050886001600160a01b0316816001600160a01b031614611c77576040517f2bdf498d0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610721565b50979650505050505050565b60606118ed7f0000000000000000000000000000000000000000000000000000000000000000611f66565b60606118ed7f0000000000000000000000000000000000000000000000000000000000000000611f66565b611ce1611fa3565b6117ab60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611ffc565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114611d57576040519150601f19603f3d011682016040523d82523d5f602084013e611d5c565b606091505b5050905080611d97576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050565b6117ab5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611d08565b5f611e0d611dd2611e13565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b92915050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015611e6b57507f000000000000000000000000000000000000000000000000000000000000000046145b15611e9557507f000000000000000000000000000000000000000000000000000000000000000090565b6118ed604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f5f611f4b878787612003565b925092509250611f5b828261204a565b509095945050505050565b60605f611f728361214d565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156117ab576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f80806041849003612037578435602086013560408701355f1a6120298982858561218d565b955095509550505050612041565b505f915060029050825b93509350939050565b5f82600381111561205d5761205d612829565b03612066575050565b600182600381111561207a5761207a612829565b036120b1576040517ff645eedf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60028260038111156120c5576120c5612829565b036120ff576040517ffce698f700000000000000000000000000000000000000000000000000000000815260048101829052602401610721565b600382600381111561211357612113612829565b03610790576040517fd78bce0c00000000000000000000000000000000000000000000000000000000815260048101829052602401610721565b5f60ff8216601f811115611e0d576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156121c657505f91506003905082612269565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612217573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b03811661226057505f925060019150829050612269565b92505f91508190505b9450945094915050565b80356001600160a01b0381168114612289575f5ffd5b919050565b5f6020828403121561229e575f5ffd5b6122a782612273565b9392505050565b5f602082840312156122be575f5ffd5b5035919050565b5f8151808452602084019350602083015f5b828110156122f55781518652602095860195909101906001016122d7565b5093949350505050565b606080825284519082018190525f9060208601906080840190835b818110156123415783516001600160a01b031683526020938401939092019160010161231a565b5050838103602080860191909152865180835291810192508601905f5b8181101561238657825167ffffffffffffffff1684526020938401939092019160010161235e565b505050828103604084015261239b81856122c5565b9695505050505050565b803567ffffffffffffffff81168114612289575f5ffd5b5f5f83601f8401126123cc575f5ffd5b50813567ffffffffffffffff8111156123e3575f5ffd5b6020830191508360208285010111156123fa575f5ffd5b9250929050565b5f5f5f5f5f5f60808789031215612416575f5ffd5b61241f87612273565b955061242d602088016123a5565b9450604087013567ffffffffffffffff811115612448575f5ffd5b61245489828a016123bc565b909550935050606087013567ffffffffffffffff811115612473575f5ffd5b61247f89828a016123bc565b979a9699509497509295939492505050565b5f5f604083850312156124a2575f5ffd5b6124ab83612273565b91506124b960208401612273565b90509250929050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61254860e08301896124c2565b828103604084015261255a81896124c2565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156125af578351835260209384019390920191600101612591565b50909b9a5050505050505050505050565b5f5f5f5f608085870312156125d3575f5ffd5b6125dc85612273565b93506125ea60208601612273565b92506125f8604086016123a5565b9396929550929360600135925050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820180821115611e0d57611e0d612608565b6fffffffffffffffffffffffffffffffff8281168282160390811115611e0d57611e0d612608565b6fffffffffffffffffffffffffffffffff8181168382160190811115611e0d57611e0d612608565b67ffffffffffffffff8181168382160190811115611e0d57611e0d612608565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b67ffffffffffffffff8416815260406020820152816040820152818360608301375f818301606090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016010192915050565b81810381811115611e0d57611e0d612608565b8082028115828204841417611e0d57611e0d612608565b5f826127cc577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b63ffffffff8281168282160390811115611e0d57611e0d612608565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd5b818382375f9101908152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffdfea2646970667358221220b579d4f5756d3b300a53f29dcc8d4f699e4fd30a4ed99721e1f892d5c9c7173d64736f6c6343000825003360a0604052348015600e575f5ffd5b50604051610a3a380380610a3a833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516109af61008b5f395f81816087015281816102cd01526103b901526109af5ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c8063775ba798146100435780637b10399914610082578063e3e5a7d9146100ce575b5f5ffd5b61006d6100513660046107e1565b5f60208181529281526040808220909352908152205460ff1681565b60405190151581526020015b60405180910390f35b6100a97f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610079565b6100e16100dc366004610828565b6100ef565b604051908152602001610079565b5f6100fd60208301836108ad565b73ffffffffffffffffffffffffffffffffffffffff1661012060208501856108ad565b73ffffffffffffffffffffffffffffffffffffffff1614801561014a575081602001358360200135145b15610181576040517fa6f6164000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff85165f9081526020818152604080832067ffffffffffffffff8816845290915290205460ff1615610220576040517f2ed60a8e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8616600482015267ffffffffffffffff851660248201526044015b60405180910390fd5b61022b8585856103a1565b6102368585846103a1565b73ffffffffffffffffffffffffffffffffffffffff8581165f8181526020818152604080832067ffffffffffffffff8a1684529091529081902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055517f7aeccce900000000000000000000000000000000000000000000000000000000815260048101919091523360248201527f000000000000000000000000000000000000000000000000000000000000000090911690637aeccce9906044016020604051808303815f875af1158015610315573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061033991906108cd565b6040805167ffffffffffffffff8716815260208101839052919250339173ffffffffffffffffffffffffffffffffffffffff8816917fe65edb3d394c1d9727fe5b0ec628a188b5db3a274dc28139c25d330233612c08910160405180910390a3949350505050565b5f73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001663d22e15cf856103ec60208601866108ad565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e085901b16815273ffffffffffffffffffffffffffffffffffffffff92831660048201529116602482015267ffffffffffffffff8616604482015260208501356064820152608401602060405180830381865afa158015610474573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061049891906108cd565b90505f6104b1826104ac60408601866108e4565b610537565b90508473ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614610530576040517f3f5473f000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602401610217565b5050505050565b5f5f5f5f610546878787610561565b92509250925061055682826105a8565b509095945050505050565b5f80806041849003610595578435602086013560408701355f1a610587898285856106af565b95509550955050505061059f565b505f915060029050825b93509350939050565b5f8260038111156105bb576105bb61094c565b036105c4575050565b60018260038111156105d8576105d861094c565b0361060f576040517ff645eedf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60028260038111156106235761062361094c565b0361065d576040517ffce698f700000000000000000000000000000000000000000000000000000000815260048101829052602401610217565b60038260038111156106715761067161094c565b036106ab576040517fd78bce0c00000000000000000000000000000000000000000000000000000000815260048101829052602401610217565b5050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156106e857505f91506003905082610798565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610739573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff811661078f57505f925060019150829050610798565b92505f91508190505b9450945094915050565b803573ffffffffffffffffffffffffffffffffffffffff811681146107c5575f5ffd5b919050565b803567ffffffffffffffff811681146107c5575f5ffd5b5f5f604083850312156107f2575f5ffd5b6107fb836107a2565b9150610809602084016107ca565b90509250929050565b5f60608284031215610822575f5ffd5b50919050565b5f5f5f5f6080858703121561083b575f5ffd5b610844856107a2565b9350610852602086016107ca565b9250604085013567ffffffffffffffff81111561086d575f5ffd5b61087987828801610812565b925050606085013567ffffffffffffffff811115610895575f5ffd5b6108a187828801610812565b91505092959194509250565b5f602082840312156108bd575f5ffd5b6108c6826107a2565b9392505050565b5f602082840312156108dd575f5ffd5b5051919050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610917575f5ffd5b83018035915067ffffffffffffffff821115610931575f5ffd5b602001915036819003821315610945575f5ffd5b9250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffdfea2646970667358221220c7714f778bce1affb5dd97dbb118c175da65a341ec4bf1b7bdffa8ab38361c4864736f6c63430008250033",
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
	Bin: "0x60a060405234801561000f575f5ffd5b506040516108b23803806108b283398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b6080516108126100a05f395f818161013a0152818161023101528181610371015281816105e2015261066201526108125ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c80633f15457f116100585780633f15457f14610135578063bd66528a1461015c578063cad484bb14610171578063d5fa2b0014610184575f5ffd5b806301ffc9a71461007e5780631493ecae146100a65780633b3b57de14610100575b5f5ffd5b61009161008c366004610712565b610197565b60405190151581526020015b60405180910390f35b6100db6100b4366004610758565b5f6020819052908152604090205473ffffffffffffffffffffffffffffffffffffffff1681565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161009d565b6100db61010e366004610758565b5f9081526001602052604090205473ffffffffffffffffffffffffffffffffffffffff1690565b6100db7f000000000000000000000000000000000000000000000000000000000000000081565b61016f61016a366004610758565b61022f565b005b61016f61017f366004610793565b61036f565b61016f610192366004610793565b610516565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f01ffc9a700000000000000000000000000000000000000000000000000000000148061022957507fffffffff0000000000000000000000000000000000000000000000000000000082167f3b3b57de00000000000000000000000000000000000000000000000000000000145b92915050565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff161561029d576040517f7f5084cb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8181526020819052604090205473ffffffffffffffffffffffffffffffffffffffff1615610300576040517fc8426484000000000000000000000000000000000000000000000000000000008152600481018290526024015b60405180910390fd5b5f818152602081815260409182902080547fffffffffffffffffffffffff00000000000000000000000000000000000000001633908117909155915191825282917f603b8d69b675a6200f9b2a3b425c8b934a0d5d22b0abc8ebae9b201a823a6dd7910160405180910390a250565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16156103dd576040517f7f5084cb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff811661042a576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8281526020819052604090205473ffffffffffffffffffffffffffffffffffffffff16331461048f576040517f14c417b5000000000000000000000000000000000000000000000000000000008152600481018390523360248201526044016102f7565b5f828152602081815260409182902080547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8516908117909155915191825283917f603b8d69b675a6200f9b2a3b425c8b934a0d5d22b0abc8ebae9b201a823a6dd791015b60405180910390a25050565b61051f826105df565b61055e576040517f14c417b5000000000000000000000000000000000000000000000000000000008152600481018390523360248201526044016102f7565b5f8281526001602090815260409182902080547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8516908117909155915191825283917f52d7d861f09ab3d26239d492e8968629f95e9e318cf0b73bfddc441522a15fd2910161050a565b5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16156106e8576040517f02571be300000000000000000000000000000000000000000000000000000000815260048101839052339073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906302571be390602401602060405180830381865afa1580156106a7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106cb91906107c1565b73ffffffffffffffffffffffffffffffffffffffff161492915050565b505f9081526020819052604090205473ffffffffffffffffffffffffffffffffffffffff16331490565b5f60208284031215610722575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610751575f5ffd5b9392505050565b5f60208284031215610768575f5ffd5b5035919050565b73ffffffffffffffffffffffffffffffffffffffff81168114610790575f5ffd5b50565b5f5f604083850312156107a4575f5ffd5b8235915060208301356107b68161076f565b809150509250929050565b5f602082840312156107d1575f5ffd5b81516107518161076f56fea26469706673582212200e68c4af3465880f6a1237c5104071670a02389bce9e4d0b7f4c3be0f927c30464736f6c63430008250033",
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
