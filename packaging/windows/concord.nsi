; Concord for Windows: a per-machine installer for the one-folder build of packaging/concord.spec.
;
; Build (on Windows, after PyInstaller has made dist\concord\):
;   makensis /DVERSION=0.1.0 /DSOURCE=dist\concord /DOUTFILE=dist\ConcordSetup-0.1.0.exe ^
;            /DICON=build\concord.ico packaging\windows\concord.nsi
;
; Installs for every user of the machine into "C:\Program Files\Concord" (administrator rights to
; install, none to run: Concord writes only below the user's own profile, never beside itself).
;
; Silent deployment, for IT (SCCM, Intune, a login script):
;   ConcordSetup-0.1.0.exe /S                             install into C:\Program Files\Concord
;   ConcordSetup-0.1.0.exe /S /D=D:\Apps\Concord          another folder: /D= last, no quotes
;   "C:\Program Files\Concord\uninstall.exe" /S           remove it again
; Exit code 0 on success. Installing a newer version over an older one replaces the program files
; only; each user's data folder and the keys in their Windows Credential Manager are never touched,
; by an upgrade or by the uninstaller.

Unicode true
SetCompressor /SOLID lzma
ManifestDPIAware true

!ifndef VERSION
  !error "give the version: makensis /DVERSION=0.1.0 ..."
!endif
!ifndef SOURCE
  !define SOURCE "..\..\dist\concord"
!endif
!ifndef OUTFILE
  !define OUTFILE "ConcordSetup-${VERSION}.exe"
!endif

!define APP "Concord"
!define PUBLISHER "Concord"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Concord"
!define APP_KEY "Software\Concord"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
; Per machine: Program Files, the all-users Start menu and HKLM; so the installer asks for admin.
RequestExecutionLevel admin
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "${APP_KEY}" "InstallDir"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP} installer"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "LegalCopyright" "${PUBLISHER}"

!include "MUI2.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\concord-desktop.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Start Concord"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "Concord needs 64-bit Windows." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Concord" SecMain
  SectionIn RO
  ; Upgrade: the previous version's program files go first, so no library of an older build is
  ; left beside the new one. Only $INSTDIR\_internal and the programs: user data never lives here.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\concord.exe"
  Delete "$INSTDIR\concord-desktop.exe"

  SetOutPath "$INSTDIR"
  File /r "${SOURCE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\concord-desktop.exe" "" "$INSTDIR\concord-desktop.exe" 0

  WriteRegStr HKLM "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${APP_KEY}" "Version" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\concord-desktop.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  ; Program files, the shortcut and the registry entries only. Each user's Concord data folder
  ; and their keys in Windows Credential Manager stay: removing the program is not removing cases.
  Delete "$SMPROGRAMS\${APP}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\concord.exe"
  Delete "$INSTDIR\concord-desktop.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "${APP_KEY}"
SectionEnd
