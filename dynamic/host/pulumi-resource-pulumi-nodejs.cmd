@echo off
REM The stack's launcher of Pulumi's Node.js dynamic-provider host (see pulumi-resource-pulumi-nodejs beside it).
node "%~dp0launch.js" %*
